using System.Text.RegularExpressions;
using Microsoft.Playwright;
using MLDrill.EndToEnd.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace MLDrill.EndToEnd.Tests;

/// <summary>
/// A new user's first day, with the mouse: eight questions with typed answers checked against the rubric,
/// an Again that comes back after its one-minute step, an undone rating, a notebook entry, the learning steps
/// that come back ten minutes later, the summary; then the same schedule after logging out and in, and the due
/// reviews five days later.
/// </summary>
public sealed class FullSessionTests(BrowserFixture browser, MLDrillApp app) : IClassFixture<MLDrillApp>
{
    [Fact(Timeout = 240_000)]
    public async Task A_new_user_practises_a_full_day_finds_it_intact_after_logging_in_again_and_gets_reviews_days_later()
    {
        await using var session = await browser.NewSessionAsync(app);
        var page = session.Page;
        var learner = new Learner(page, app, "full-session");

        await learner.RegisterAsync();
        await Expect(page.Locator(".flash")).ToContainTextAsync("Welcome to MLDrill");
        await Expect(page.Locator(".progress")).ToContainTextAsync("0 of 8 done today");

        var seen = new List<ShownQuestion>();

        // 1. An answer that names every key point: all covered, Easy suggested, rated Easy.
        var q1 = await NextNewQuestionAsync(learner, seen);
        (await page.EvaluateAsync<bool>("() => performance.getEntriesByType('resource').some(r => r.name.includes('mermaid'))"))
            .ShouldBeFalse("the 3.5 MB Mermaid bundle loads only on pages with a diagram");
        var fullAnswer = learner.FullAnswer(q1.Id);
        await learner.RevealAsync(fullAnswer);
        await Expect(page.Locator(".your-answer")).ToContainTextAsync("Your answer");
        await Expect(page.Locator(".your-answer .answer-text")).ToHaveTextAsync(fullAnswer);
        var keyPoints = learner.Question(q1.Id).KeyPoints;
        await Expect(page.Locator("ul.keypoints li.covered")).ToHaveCountAsync(keyPoints.Count);
        await Expect(page.Locator("ul.keypoints li.missed")).ToHaveCountAsync(0);
        await Expect(page.Locator(".rubric .score")).ToHaveTextAsync($"{keyPoints.Count} / {keyPoints.Count} covered");
        await Expect(page.Locator("ul.keypoints li").First).ToContainTextAsync(keyPoints[0].Point);
        (await page.Locator(".prose.answer").InnerTextAsync()).Length.ShouldBeGreaterThan(200, "the model answer is shown after reveal");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Common mistakes" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Follow-ups an interviewer may ask" })).ToBeVisibleAsync();
        await Expect(page.Locator("#explain")).ToBeVisibleAsync();
        await Expect(page.Locator("#assumptions")).ToBeVisibleAsync();
        await Expect(page.Locator("#better")).ToBeVisibleAsync();
        await Expect(page.Locator("button.rating")).ToHaveCountAsync(4);
        (await learner.SuggestedRatingAsync()).ShouldBe("Easy", "a fully covered answer given quickly suggests Easy");
        await page.Locator("#explain").FillAsync("Yes: averaging versus sequential error fixing.");
        await learner.RateAsync("Easy");
        await Expect(page.Locator(".progress")).ToContainTextAsync("1 of 8 done today");

        // 2. An answer with only the first key point: a mix of covered and missed; rated Good (a learning step).
        var q2 = await NextNewQuestionAsync(learner, seen);
        await learner.RevealAsync(learner.PartialAnswer(q2.Id));
        await Expect(page.Locator("ul.keypoints li.covered").First).ToBeVisibleAsync();
        (await page.Locator("ul.keypoints li.covered").CountAsync()).ShouldBeLessThan(learner.Question(q2.Id).KeyPoints.Count);
        await Expect(page.Locator("ul.keypoints li.missed").First).ToBeVisibleAsync();
        await learner.RateAsync("Good");

        // 3. An answer with nothing in it: all missed, Again suggested and chosen.
        var q3 = await NextNewQuestionAsync(learner, seen);
        await learner.RevealAsync("Honestly, I am not sure about this one.");
        await Expect(page.Locator("ul.keypoints li.covered")).ToHaveCountAsync(0);
        await Expect(page.Locator("ul.keypoints li.missed")).ToHaveCountAsync(learner.Question(q3.Id).KeyPoints.Count);
        (await learner.SuggestedRatingAsync()).ShouldBe("Again");
        await Expect(learner.RatingButton("Again").Locator(".when")).ToHaveTextAsync("1 min");
        await learner.RateAsync("Again");

        // Not yet due: the next new question comes first. After the one-minute step, the Again question is back.
        var next = await learner.CurrentQuestionAsync();
        next.Reason.ShouldBe("New");
        next.Id.ShouldNotBe(q3.Id);
        app.Clock.Advance(TimeSpan.FromSeconds(61));
        await learner.GoToPracticeAsync();
        var again = await learner.CurrentQuestionAsync();
        again.Id.ShouldBe(q3.Id);
        again.Reason.ShouldBe("Learning");
        await Expect(page.Locator(".progress")).ToContainTextAsync("3 of 8 done today");
        await learner.RevealAsync(learner.FullAnswer(q3.Id));
        await learner.RateAsync("Easy");
        await Expect(page.Locator(".progress")).ToContainTextAsync("3 of 8 done today");

        // 4. Answered out loud: no rubric check; rated Good, undone, and rated Easy instead.
        var q4 = await NextNewQuestionAsync(learner, seen);
        var attempt4 = await learner.RevealAsync("", outLoud: true);
        await Expect(page.Locator(".your-answer")).ToContainTextAsync("You answered out loud");
        await Expect(page.Locator(".rubric .score")).ToHaveCountAsync(0);
        await Expect(page.Locator("ul.keypoints li.covered, ul.keypoints li.missed")).ToHaveCountAsync(0);
        (await learner.SuggestedRatingAsync()).ShouldBe("Good");
        await learner.RateAsync("Good");
        await Expect(page.Locator(".progress")).ToContainTextAsync("4 of 8 done today");
        await page.GetByRole(AriaRole.Button, new() { Name = "Undo last rating" }).ClickAsync();
        (await learner.AttemptIdAsync()).ShouldBe(attempt4, "undo returns to the same attempt");
        await Expect(page.Locator(".flash")).ToHaveTextAsync("Your last rating was undone. Rate it again.");
        await learner.RateAsync("Easy");
        await Expect(page.Locator(".progress")).ToContainTextAsync("4 of 8 done today");

        // 5. Kept in the notebook with a Markdown note; rated Good.
        var q5 = await NextNewQuestionAsync(learner, seen);
        var attempt5 = await learner.RevealAsync(learner.PartialAnswer(q5.Id));
        await Expect(page.Locator("details.notebook-add summary")).ToHaveTextAsync("Add to notebook");
        await learner.AddToNotebookAsync("**Remember:** say the *trade-off* first.\n\n- one example\n- one failure mode");
        (await learner.AttemptIdAsync()).ShouldBe(attempt5, "saving a note stays on the attempt, still to be rated");
        await Expect(page.Locator("details.notebook-add summary")).ToHaveTextAsync("In your notebook: update the note");
        await learner.RateAsync("Good");

        // 6–8. Typed answers, rated Easy.
        for (var i = 6; i <= 8; i++)
        {
            var question = await NextNewQuestionAsync(learner, seen);
            await learner.RevealAsync(learner.PartialAnswer(question.Id));
            await learner.RateAsync("Easy");
            await Expect(page.Locator(".progress")).ToContainTextAsync($"{i} of 8 done today");
        }

        // The eight are done, but the two rated Good wait for their ten-minute step: not complete yet.
        (await learner.HasQuestionAsync()).ShouldBeFalse();
        await Expect(page.Locator("section.summary h1")).ToHaveTextAsync("Almost done");
        await Expect(page.Locator("section.summary .lead").First).ToContainTextAsync("The next one is due in 9 min");
        await Expect(page.Locator(".progress")).ToContainTextAsync("8 of 8 done today");

        // Ten minutes on, they are back as learning steps, and Good graduates them.
        app.Clock.Advance(TimeSpan.FromMinutes(10));
        await learner.GoToPracticeAsync();
        var returned = new List<string>();
        while (await learner.HasQuestionAsync())
        {
            returned.Count.ShouldBeLessThan(4, "the learning steps must end");
            var question = await learner.CurrentQuestionAsync();
            question.Reason.ShouldBe("Learning");
            returned.Add(question.Id);
            await learner.RevealAsync(learner.FullAnswer(question.Id));
            await learner.RateAsync("Good");
        }

        returned.ShouldBe([q2.Id, q5.Id], ignoreOrder: true);

        // The summary.
        await Expect(page.Locator("section.summary h1")).ToHaveTextAsync("Session complete");
        await Expect(page.Locator(".progress")).ToContainTextAsync("8 of 8 done today");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Practise 4 more" })).ToBeVisibleAsync();
        var counts = await learner.RatingCountsAsync();
        counts.ShouldBe(new Dictionary<string, int> { ["Again"] = 1, ["Hard"] = 0, ["Good"] = 4, ["Easy"] = 6 }, "the undone Good is not counted");
        var table = await learner.ComesBackTableAsync();
        table.Keys.ShouldBe(seen.Select(q => q.Title), ignoreOrder: true);
        table[q1.Title].Rating.ShouldBe("Easy");
        table[q2.Title].Rating.ShouldBe("Good");
        table[q3.Title].Rating.ShouldBe("Easy");
        table[q4.Title].Rating.ShouldBe("Easy");
        table[q5.Title].Rating.ShouldBe("Good");
        table.Values.ShouldAllBe(row => DaysUntil(row.ComesBack) >= 0.9, "every question graduated out of today's steps");

        // Log out: the practice page is private. Log in: the same day, the same schedule, nothing more due.
        await learner.LogOutAsync();
        await page.GotoAsync("/Practice");
        await Expect(page).ToHaveURLAsync(new Regex("/Account/Login"));
        await learner.LogInAsync();
        await Expect(page.Locator("section.summary h1")).ToHaveTextAsync("Session complete");
        await Expect(page.Locator("[data-practice]")).ToHaveCountAsync(0);
        await Expect(page.Locator(".progress")).ToContainTextAsync("8 of 8 done today");
        (await learner.RatingCountsAsync()).ShouldBe(counts);
        (await learner.ComesBackTableAsync()).ShouldBe(table);

        // The entry kept by hand with its rendered note; the Again question went in by itself.
        await page.GetByRole(AriaRole.Link, new() { Name = "Notebook" }).ClickAsync();
        var entry = page.Locator($"ul.notebook > li[data-entry='{q5.Id}']");
        await Expect(entry.Locator("h2")).ToHaveTextAsync(q5.Title);
        await Expect(entry).ToContainTextAsync("Added by you");
        await Expect(entry.Locator(".prose.note strong")).ToHaveTextAsync("Remember:");
        await Expect(entry.Locator(".prose.note em")).ToHaveTextAsync("trade-off");
        await Expect(entry.Locator(".prose.note li")).ToHaveCountAsync(2);
        await Expect(page.Locator($"ul.notebook > li[data-entry='{q3.Id}']")).ToContainTextAsync("Added after a rating of Again or Hard");

        // Five days later: exactly the questions the summary said would be back by then are due, as reviews, first.
        var dueByThen = table.Where(row => DaysUntil(row.Value.ComesBack) <= 5).Select(row => row.Key).ToList();
        dueByThen.ShouldNotBeEmpty("some of today's questions come back within five days");
        app.Clock.Advance(TimeSpan.FromDays(5));
        await learner.GoToPracticeAsync();
        await Expect(page.Locator(".progress")).ToContainTextAsync("0 of 8 done today");
        var reviewed = new List<string>();
        foreach (var _ in dueByThen)
        {
            var review = await learner.CurrentQuestionAsync();
            review.Reason.ShouldBe("Review");
            reviewed.Add(review.Title);
            await learner.RevealAsync("", outLoud: true);
            await learner.RateAsync("Good");
        }

        reviewed.ShouldBe(dueByThen, ignoreOrder: true);
        var after = await learner.CurrentQuestionAsync();
        after.Reason.ShouldBe("New", "after the due reviews come new questions");
        seen.Select(q => q.Id).ShouldNotContain(after.Id);
        await Expect(page.Locator(".progress")).ToContainTextAsync($"{dueByThen.Count} of 8 done today");

        session.Errors.ShouldBeEmpty();
    }

    private static async Task<ShownQuestion> NextNewQuestionAsync(Learner learner, List<ShownQuestion> seen)
    {
        var question = await learner.CurrentQuestionAsync();
        question.Reason.ShouldBe("New");
        seen.Select(q => q.Id).ShouldNotContain(question.Id, "a new question is never shown twice");
        seen.Add(question);
        return question;
    }

    /// <summary>"in 3 days" → 3, "in 1 day" → 1, "in 24 h" → 1, "in 9 min" → 0.006, "now" → 0; months and years → 1000.</summary>
    private static double DaysUntil(string comesBack)
    {
        var match = Regex.Match(comesBack, @"^in (\d+) (days?|h|min)$");
        if (!match.Success)
        {
            return comesBack.Contains("month", StringComparison.Ordinal) || comesBack.Contains("year", StringComparison.Ordinal) ? 1000 : 0;
        }

        var value = int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        return match.Groups[2].Value switch
        {
            "h" => value / 24.0,
            "min" => value / (24.0 * 60),
            _ => value,
        };
    }
}
