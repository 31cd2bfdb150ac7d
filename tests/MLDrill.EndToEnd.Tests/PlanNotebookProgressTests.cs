using System.Globalization;
using Microsoft.Playwright;
using MLDrill.EndToEnd.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace MLDrill.EndToEnd.Tests;

/// <summary>
/// The plan towards an interview ten days out, re-planned after two skipped days without an overloaded day; a
/// low-rated question in the notebook with a diagram in its note, back on the revisit day; the dashboard.
/// </summary>
public sealed class PlanNotebookProgressTests(BrowserFixture browser, MLDrillApp app) : IClassFixture<MLDrillApp>
{
    private DateOnly Today => DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime);

    [Fact(Timeout = 240_000)]
    public async Task A_plan_survives_skipped_days_the_notebook_brings_a_hard_question_back_and_the_dashboard_shows_it()
    {
        await using var session = await browser.NewSessionAsync(app);
        var page = session.Page;
        var learner = new Learner(page, app, "planner");
        await learner.RegisterAsync();
        await Expect(page.Locator(".notice")).ToContainTextAsync("When is your interview?");

        // Day 0: an interview in ten days, notebook revisits a week from today.
        var start = Today;
        await page.GetByRole(AriaRole.Link, new() { Name = "Set the date" }).ClickAsync();
        await page.GetByLabel("Interview date").FillAsync(start.AddDays(10).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await page.GetByLabel("Notebook revisit day").SelectOptionAsync(new SelectOptionValue { Label = start.AddDays(7).DayOfWeek.ToString() });
        await page.GetByRole(AriaRole.Button, new() { Name = "Save plan" }).ClickAsync();
        await Expect(page.Locator(".flash")).ToContainTextAsync("Plan saved");
        await Expect(page.Locator("table.plan-days tbody tr")).ToHaveCountAsync(10);
        await Expect(page.Locator(".changes")).ToContainTextAsync("compressed into 10 study days");

        // A question answered badly and rated Again lands in the notebook by itself; a note with a diagram goes with it.
        await learner.GoToPracticeAsync();
        await Expect(page.Locator(".theme-line")).ToContainTextAsync("Supervised learning + coding practice");
        var hard = await learner.CurrentQuestionAsync();
        await learner.RevealAsync("I do not remember.");
        await learner.RateAsync("Again");
        var easy = await learner.CurrentQuestionAsync();
        await learner.RevealAsync(learner.FullAnswer(easy.Id));
        await learner.RateAsync("Good");

        await page.GotoAsync("/Notebook");
        var entry = page.Locator($"li[data-entry='{hard.Id}']");
        await Expect(entry).ToContainTextAsync("Added after a rating of Again or Hard");
        await Expect(page.Locator("ul.notebook > li")).ToHaveCountAsync(1);
        await entry.Locator("summary", new() { HasText = "Write a note" }).ClickAsync();
        await entry.Locator("textarea").FillAsync("Where I went wrong:\n\n```mermaid\ngraph LR\n  Question --> Recall --> Answer\n```\n");
        await entry.GetByRole(AriaRole.Button, new() { Name = "Save note" }).ClickAsync();
        await Expect(page.Locator(".flash")).ToHaveTextAsync("Note saved.");
        await Expect(entry.Locator(".prose.note .mermaid svg")).ToHaveCountAsync(1);
        await Expect(entry.Locator(".prose.note .mermaid svg")).ToContainTextAsync("Recall");

        // Two days skipped: the plan marks them missed and spreads the work; no day goes over the target.
        app.Clock.Advance(TimeSpan.FromDays(3));
        await page.GotoAsync("/Plan");
        await Expect(page.Locator("tr[data-kind='missed']")).ToHaveCountAsync(2);
        await Expect(page.Locator(".changes")).ToContainTextAsync("You missed 2 study days");
        foreach (var row in await page.Locator("tr[data-kind='today'], tr[data-kind='planned']").AllAsync())
        {
            var cells = await row.Locator("td").AllInnerTextsAsync();
            (int.Parse(cells[1], CultureInfo.InvariantCulture) + int.Parse(cells[2], CultureInfo.InvariantCulture)).ShouldBeLessThanOrEqualTo(8);
        }

        // The revisit day, a week after the question went in: it opens the session.
        app.Clock.Advance(TimeSpan.FromDays(4));
        await learner.GoToPracticeAsync();
        var revisit = await learner.CurrentQuestionAsync();
        revisit.Id.ShouldBe(hard.Id);
        revisit.Reason.ShouldBe("Notebook revisit");
        await learner.RevealAsync(learner.FullAnswer(hard.Id));
        await learner.RateAsync("Good");

        // The dashboard shows the activity: three reviews, the topic started, calibration from the typed answers.
        await page.GotoAsync("/Progress");
        await Expect(page.Locator(".readiness")).ToContainTextAsync("3 reviews so far");
        await Expect(page.Locator($"tr[data-topic='{learner.Question(hard.Id).Topics[0]}']")).ToBeVisibleAsync();
        await Expect(page.Locator("tr[data-rating='Good'] td").First).ToHaveTextAsync("2");
        await Expect(page.Locator("svg.chart")).ToHaveCountAsync(3);
        await page.GetByRole(AriaRole.Button, new() { Name = "Practise these" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(Learner.PracticeUrl());
        session.Errors.ShouldBeEmpty();
    }
}
