using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using MLDrill.Web.Tests.Support;

namespace MLDrill.Web.Tests;

/// <summary>The plan page: settings with their bad inputs, re-planning after missed days, the theme in the session.</summary>
public abstract partial class PlanTests<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : MLDrillFactory
{
    private DateOnly Today => DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime);

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static Dictionary<string, string> PlanForm(DateOnly? interview, int target = 8, string datesOff = "", params DayOfWeek[] weekdaysOff)
    {
        var form = new Dictionary<string, string>
        {
            ["Input.InterviewDate"] = interview is { } date ? Iso(date) : "",
            ["Input.DailyTarget"] = target.ToString(CultureInfo.InvariantCulture),
            ["Input.DatesOff"] = datesOff,
            ["Input.RevisitDay"] = "0",
        };
        for (var i = 0; i < weekdaysOff.Length; i++)
        {
            form[$"Input.WeekdaysOff[{i}]"] = weekdaysOff[i].ToString();
        }

        return form;
    }

    /// <summary>The plan table's rows as (date, kind, new + reviews planned), from their data attributes and cells.</summary>
    private static List<(string Date, string Kind, int Planned)> Days(string html) =>
        DayRow().Matches(html).Select(m => (m.Groups[1].Value, m.Groups[2].Value,
            m.Groups[3].Success ? int.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture) + int.Parse(m.Groups[4].Value, CultureInfo.InvariantCulture) : 0)).ToList();

    [Fact]
    public async Task A_new_user_gets_four_weeks_and_is_asked_for_the_interview_date()
    {
        var client = await new AppClient(app).RegisterAsync();

        var html = WebUtility.HtmlDecode(await client.GetHtmlAsync("/Plan"));

        html.ShouldContain("Tell MLDrill when your interview is");
        Days(html).Count.ShouldBe(28);
        Days(html)[0].Kind.ShouldBe("today");
        html.ShouldContain("Supervised learning + coding practice");
        html.ShouldContain("Coding exercises (from-scratch NumPy) (upcoming)");
        (await client.GetHtmlAsync("/Practice")).ShouldContain("Set the date");
    }

    [Fact]
    public async Task An_interview_ten_days_out_compresses_the_four_themes_and_the_session_follows_them()
    {
        var client = await new AppClient(app).RegisterAsync();

        var saved = await client.PostFormAsync("/Plan", PlanForm(Today.AddDays(10)));

        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var html = WebUtility.HtmlDecode(await client.GetHtmlAsync("/Plan"));
        var days = Days(html);
        days.Count.ShouldBe(10);
        days.ShouldAllBe(d => d.Planned <= 8);
        html.ShouldContain("compressed into 10 study days");
        foreach (var theme in new[] { "Supervised learning + coding practice", "Unsupervised learning + case studies", "Evaluation metrics + model improvement", "Mock interviews + project walkthroughs" })
        {
            html.ShouldContain(theme);
        }

        var practice = WebUtility.HtmlDecode(await client.GetHtmlAsync("/Practice"));
        practice.ShouldNotContain("Set the date");
        practice.ShouldContain("Today's theme");
    }

    [Fact]
    public async Task Missed_days_are_shown_and_the_plan_says_what_it_changed_without_overloading_a_day()
    {
        var client = await new AppClient(app).RegisterAsync();
        (await client.PostFormAsync("/Plan", PlanForm(Today.AddDays(10)))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        for (var i = 0; i < 8; i++)
        {
            await client.PractiseOneAsync("Again");
        }

        app.Clock.Advance(TimeSpan.FromDays(3));
        var html = await client.GetHtmlAsync("/Plan");

        var days = Days(html);
        days.Count(d => d.Kind == "missed").ShouldBe(2);
        days[0].Kind.ShouldBe("studied");
        days.Where(d => d.Kind is "today" or "planned").ShouldAllBe(d => d.Planned <= 8);
        html.ShouldContain("You missed 2 study days");
    }

    [Fact]
    public async Task Reviews_are_dated_in_the_users_time_zone_when_they_happen()
    {
        var client = await new AppClient(app).RegisterAsync();
        // 09:00 UTC is 22:00 of the day before in Pago Pago (UTC-11).
        (await client.PostFormAsync("/Settings", new() { ["Input.DailyTarget"] = "8", ["Input.TimeZone"] = "Pacific/Pago_Pago" })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var question = await client.PractiseOneAsync("Good");
        var userId = app.WithDb(db => db.Users.Single(u => u.Email == client.Email).Id);
        var log = app.WithDb(db => db.ReviewLogs.Single(r => r.UserId == userId && r.QuestionId == question));
        log.LocalDay.ShouldBe(DateOnly.FromDateTime(log.ReviewedAt.UtcDateTime).AddDays(log.ReviewedAt.UtcDateTime.Hour < 11 ? -1 : 0));
        log.LocalDay.ShouldBe(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(log.ReviewedAt, TimeZoneInfo.FindSystemTimeZoneById("Pacific/Pago_Pago")).DateTime));
    }

    [Fact]
    public async Task Days_off_are_left_free()
    {
        var client = await new AppClient(app).RegisterAsync();
        var dayOff = Today.AddDays(2);

        (await client.PostFormAsync("/Plan", PlanForm(Today.AddDays(14), 6, Iso(dayOff), Today.AddDays(4).DayOfWeek))).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var days = Days(await client.GetHtmlAsync("/Plan"));
        days.Single(d => d.Date == Iso(dayOff)).Kind.ShouldBe("off");
        days.Where(d => d.Date == Iso(Today.AddDays(4)) || d.Date == Iso(Today.AddDays(11))).ShouldAllBe(d => d.Kind == "off");
        days.Where(d => d.Kind != "off").ShouldAllBe(d => d.Planned <= 6);
    }

    [Theory]
    [InlineData(-3, 8, "", "The interview date must be after today.")]
    [InlineData(0, 8, "", "The interview date must be after today.")]
    [InlineData(500, 8, "", "The interview date must be within a year")]
    [InlineData(10, 50, "", "The daily target must be between 6 and 10 questions.")]
    [InlineData(10, 8, "christmas", "“christmas” is not a date")]
    public async Task Bad_settings_get_a_clear_message_and_change_nothing(int daysAhead, int target, string datesOff, string message)
    {
        var client = await new AppClient(app).RegisterAsync();
        (await client.PostFormAsync("/Plan", PlanForm(Today.AddDays(20)))).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var response = await client.PostFormAsync("/Plan", PlanForm(Today.AddDays(daysAhead), target, datesOff));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()).ShouldContain(message);
        Days(await client.GetHtmlAsync("/Plan")).Count.ShouldBe(20, "the saved plan is unchanged");
    }

    [Fact]
    public async Task Every_weekday_off_and_a_malformed_date_are_refused()
    {
        var client = await new AppClient(app).RegisterAsync();

        var allOff = await client.PostFormAsync("/Plan", PlanForm(Today.AddDays(10), 8, "", Enum.GetValues<DayOfWeek>()));
        WebUtility.HtmlDecode(await allOff.Content.ReadAsStringAsync()).ShouldContain("Leave at least one weekday to study on.");

        var form = PlanForm(null);
        form["Input.InterviewDate"] = "not-a-date";
        var malformed = await client.PostFormAsync("/Plan", form);
        malformed.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await malformed.Content.ReadAsStringAsync()).ShouldContain("is not valid for Interview date");
    }

    [GeneratedRegex("""<tr class="[a-z]+" data-date="([0-9-]+)" data-kind="([a-z]+)">\s*<th[^>]*>[^<]*</th>\s*<td>[^<]*</td>\s*(?:<td>(\d+)</td>\s*<td>(\d+)</td>)?""")]
    private static partial Regex DayRow();
}

public sealed class PlanOnSqlite(SqliteApp app) : PlanTests<SqliteApp>(app);

public sealed class PlanOnPostgres(PostgresApp app) : PlanTests<PostgresApp>(app);
