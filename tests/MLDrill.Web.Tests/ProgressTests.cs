using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using MLDrill.Infrastructure.Data;
using MLDrill.Web.Tests.Support;

namespace MLDrill.Web.Tests;

/// <summary>The progress dashboard: figures from the user's own reviews only, and "Practise these".</summary>
public abstract partial class ProgressTests<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : MLDrillFactory
{
    [Fact]
    public async Task A_new_user_sees_an_empty_but_working_dashboard()
    {
        var client = await new AppClient(app).RegisterAsync();

        var html = await client.GetHtmlAsync("/Progress");

        html.ShouldContain("0 reviews so far");
        html.ShouldContain("No topic yet");
        html.ShouldContain("<svg class=\"chart\"");
        ForecastRows().Count(html).ShouldBe(30);
    }

    [Fact]
    public async Task Reviews_show_up_in_mastery_forecast_calibration_and_weeks()
    {
        var client = await new AppClient(app).RegisterAsync();
        var first = await client.PractiseOneAsync("Good", app.FullAnswer((await client.CurrentQuestionAsync())!));
        await client.PractiseOneAsync("Again", "no idea");
        await client.PractiseOneAsync("Again", "still no idea");

        var html = await client.GetHtmlAsync("/Progress");

        html.ShouldContain("3 reviews so far");
        Calibration(html, "Good").ShouldBe("1</td><td>100%");
        Calibration(html, "Again").ShouldStartWith("2</td><td>");
        html.ShouldContain($"data-topic=\"{app.Bank.Find(first)!.Topics[0]}\"");
        // The Good answer comes back within days: the 30-day forecast counts it.
        ForecastRows().Matches(html).Sum(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ShouldBeGreaterThanOrEqualTo(1);
        html.ShouldContain("Your three weakest topics");
    }

    [Fact]
    public async Task The_year_heatmap_and_streaks_count_questions_practised_per_day()
    {
        var client = await new AppClient(app).RegisterAsync();
        (await client.GetHtmlAsync("/Progress")).ShouldContain("<strong data-streak=\"current\">0 days</strong>");

        await client.PractiseOneAsync("Good");
        await client.PractiseOneAsync("Good");
        await client.PractiseOneAsync("Good");
        var userId = app.WithDb(db => db.Users.Single(u => u.Email == client.Email).Id);
        var today = app.WithDb(db => db.ReviewLogs.First(r => r.UserId == userId).LocalDay);
        // Undoing a rating takes it back out of the day's counts.
        (await client.PostFormAsync("/Practice?handler=Undo", [])).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var row = app.WithDb(db => db.DailyActivities.AsNoTracking().Single(a => a.UserId == userId && a.Day == today));
        (row.Questions, row.Reviews).ShouldBe((2, 2));
        // Yesterday's practice, as the day's row would hold it.
        app.WithDb(db =>
        {
            db.DailyActivities.Add(new DailyActivity { UserId = userId, Day = today.AddDays(-1), Questions = 1, Reviews = 1 });
            return db.SaveChanges();
        });

        var html = await client.GetHtmlAsync("/Progress");
        html.ShouldContain("<strong data-streak=\"current\">2 days</strong>");
        html.ShouldContain("<strong data-streak=\"longest\">2 days</strong>");
        html.ShouldContain($"data-date=\"{today:yyyy-MM-dd}\" data-questions=\"2\"");
        html.ShouldContain($"data-date=\"{today.AddDays(-1):yyyy-MM-dd}\" data-questions=\"1\"");
        html.ShouldContain("Active on 2 of the last");
    }

    [Fact]
    public async Task Practise_these_puts_the_weakest_topics_first_with_extra_questions()
    {
        var client = await new AppClient(app).RegisterAsync();
        for (var i = 0; i < 8; i++)
        {
            await client.PractiseOneAsync("Easy");
        }

        (await client.CurrentQuestionAsync()).ShouldBeNull("the day's target is done");
        var topic = app.Bank.InStudyOrder.First(q => q.Area.Id == "model-evaluation").Topics[0];

        var response = await client.PostFormAsync("/Progress?handler=Practise", new() { ["topics"] = topic });

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldBe("/Practice");
        var next = (await client.CurrentQuestionAsync()).ShouldNotBeNull();
        app.Bank.Find(next)!.Topics.ShouldContain(topic);
    }

    [Fact]
    public async Task Unknown_topics_change_nothing_and_one_users_figures_stay_theirs()
    {
        var alice = await new AppClient(app).RegisterAsync();
        var bob = await new AppClient(app).RegisterAsync();
        await alice.PractiseOneAsync("Good");

        (await bob.GetHtmlAsync("/Progress")).ShouldContain("0 reviews so far");
        var response = await bob.PostFormAsync("/Progress?handler=Practise", new() { ["topics"] = "<script>alert(1)</script>" });
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await bob.GetHtmlAsync("/Progress")).ShouldContain("Those topics are not in the bank.");
    }

    private static string Calibration(string html, string rating) =>
        Regex.Match(html, $"<tr data-rating=\"{rating}\"><th scope=\"row\">{rating}</th><td>(.*?)</td></tr>").Groups[1].Value;

    [GeneratedRegex(@"<tr><th scope=""row"">\w{3} \d{1,2} \w{3}</th><td>(\d+)</td></tr>")]
    private static partial Regex ForecastRows();
}

public sealed class ProgressOnSqlite(SqliteApp app) : ProgressTests<SqliteApp>(app);

public sealed class ProgressOnPostgres(PostgresApp app) : ProgressTests<PostgresApp>(app);
