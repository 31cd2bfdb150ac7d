using System.Text.RegularExpressions;
using Microsoft.Playwright;
using MLDrill.Domain.Questions;
using static Microsoft.Playwright.Assertions;

namespace MLDrill.EndToEnd.Tests.Infrastructure;

/// <summary>The question /Practice shows: its id, title and why it is in the queue (New, Review or Again).</summary>
public sealed record ShownQuestion(string Id, string Title, string Reason);

/// <summary>
/// A user driving the app through its pages with the mouse (clicks): the page object of the practice loop.
/// Each instance has a unique email, so tests never share an account.
/// </summary>
public sealed partial class Learner(IPage page, MLDrillApp app, string name)
{
    public const string Password = "correct horse battery staple";

    public IPage Page { get; } = page;

    public MLDrillApp App { get; } = app;

    public string Email { get; } = $"{name}-{Guid.NewGuid():N}@example.com";

    public async Task RegisterAsync()
    {
        await Page.GotoAsync("/Account/Register");
        await Page.GetByLabel("Email").FillAsync(Email);
        await Page.GetByLabel("Password", new() { Exact = true }).FillAsync(Password);
        await Page.GetByLabel("Confirm password").FillAsync(Password);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(PracticeUrl());
    }

    public async Task LogInAsync()
    {
        await Page.GotoAsync("/Account/Login");
        await Page.GetByLabel("Email").FillAsync(Email);
        await Page.GetByLabel("Password").FillAsync(Password);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Log in" }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(PracticeUrl());
    }

    public async Task LogOutAsync()
    {
        await Page.Locator("header.topbar").GetByRole(AriaRole.Button, new() { Name = "Log out" }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex("/Account/Login$"));
    }

    public async Task GoToPracticeAsync()
    {
        await Page.GotoAsync("/Practice");
        await Expect(Page).ToHaveURLAsync(PracticeUrl());
    }

    /// <summary>The question on /Practice now; fails if the page shows no question.</summary>
    public async Task<ShownQuestion> CurrentQuestionAsync()
    {
        await Expect(Page.Locator("[data-practice]")).ToBeVisibleAsync();
        var id = await Page.Locator("input[name='Input.QuestionId']").InputValueAsync();
        var title = (await Page.Locator("h1.prompt-title").InnerTextAsync()).Trim();
        var reason = (await Page.Locator(".question-head .badge.subtle").InnerTextAsync()).Trim();
        return new ShownQuestion(id, title, reason);
    }

    /// <summary>Whether /Practice shows a question (else it shows the summary).</summary>
    public async Task<bool> HasQuestionAsync()
    {
        var question = Page.Locator("[data-practice]");
        var summary = Page.Locator("section.summary");
        await Expect(question.Or(summary)).ToBeVisibleAsync();
        return await question.IsVisibleAsync();
    }

    /// <summary>Types <paramref name="answer"/>, reveals, and returns the attempt id from the URL.</summary>
    public async Task<long> RevealAsync(string answer, bool outLoud = false)
    {
        await Page.Locator("#answer").FillAsync(answer);
        if (outLoud)
        {
            await Page.GetByLabel("I answered out loud").CheckAsync();
        }

        await Page.GetByRole(AriaRole.Button, new() { Name = "Reveal answer" }).ClickAsync();
        return await AttemptIdAsync();
    }

    public async Task<long> AttemptIdAsync()
    {
        await Expect(Page).ToHaveURLAsync(AttemptUrl());
        return long.Parse(AttemptUrl().Match(Page.Url).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Clicks a rating (Again, Hard, Good or Easy) and waits to be back on /Practice.</summary>
    public async Task RateAsync(string rating)
    {
        await RatingButton(rating).ClickAsync();
        await Expect(Page).ToHaveURLAsync(PracticeUrl());
    }

    public ILocator RatingButton(string rating) => Page.Locator($"button.rating[value='{rating}']");

    /// <summary>The rating the attempt page suggests (the button with class "suggested").</summary>
    public async Task<string> SuggestedRatingAsync()
    {
        var suggested = Page.Locator("button.rating.suggested");
        await Expect(suggested).ToHaveCountAsync(1);
        return (await suggested.GetAttributeAsync("value"))!;
    }

    /// <summary>"N of M done today" on /Practice: N.</summary>
    public async Task<int> DoneTodayAsync()
    {
        var text = await Page.Locator(".progress strong").First.InnerTextAsync();
        return int.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
    }

    public async Task AddToNotebookAsync(string note)
    {
        var details = Page.Locator("details.notebook-add");
        await details.Locator("summary").ClickAsync();
        await Page.Locator("#note").FillAsync(note);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Save to notebook" }).ClickAsync();
        await Expect(Page.Locator(".flash")).ToHaveTextAsync("Added to your notebook.");
    }

    /// <summary>The summary's table "What comes back when": question title to (last rating, comes back).</summary>
    public async Task<Dictionary<string, (string Rating, string ComesBack)>> ComesBackTableAsync()
    {
        var table = Page.Locator("section.summary table");
        await Expect(table).ToBeVisibleAsync();
        var rows = await table.Locator("tbody tr").AllAsync();
        var result = new Dictionary<string, (string, string)>();
        foreach (var row in rows)
        {
            var cells = await row.Locator("td").AllInnerTextsAsync();
            result[cells[0].Trim()] = (cells[1].Trim(), cells[2].Trim());
        }

        return result;
    }

    /// <summary>The summary's rating counts, e.g. { Again: 1, Hard: 0, Good: 3, Easy: 5 }.</summary>
    public async Task<Dictionary<string, int>> RatingCountsAsync()
    {
        var items = await Page.Locator("ul.rating-counts li").AllInnerTextsAsync();
        return items
            .Select(text => text.Trim().Split(' ', 2, StringSplitOptions.TrimEntries))
            .ToDictionary(parts => parts[1], parts => int.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture));
    }

    public Question Question(string id) => App.Bank.Find(id) ?? throw new InvalidOperationException($"No question {id} in the bank.");

    /// <summary>An answer that names one evidence phrase of every key point: the grader should mark all covered.</summary>
    public string FullAnswer(string questionId) =>
        "Here is my answer. " + string.Join(". ", Question(questionId).KeyPoints.Select(k => Phrase(k.Evidence[0]))) + ".";

    /// <summary>An answer that names only the first key point's evidence.</summary>
    public string PartialAnswer(string questionId) =>
        $"I only remember one thing: {Phrase(Question(questionId).KeyPoints[0].Evidence[0])}.";

    public static Regex PracticeUrl() => PracticeUrlRegex();

    public static Regex AttemptUrl() => AttemptUrlRegex();

    // Evidence may end words with * (a prefix wildcard); the prefix alone matches it.
    private static string Phrase(string evidence) => evidence.Replace("*", "", StringComparison.Ordinal);

    [GeneratedRegex(@"/Practice/?$")]
    private static partial Regex PracticeUrlRegex();

    [GeneratedRegex(@"/Practice/Attempt/(\d+)$")]
    private static partial Regex AttemptUrlRegex();
}
