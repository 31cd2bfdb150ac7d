using System.Net;
using System.Net.Http.Json;
using MLDrill.Web.Tests.Support;

namespace MLDrill.Web.Tests;

/// <summary>Bad input of every kind gets a clear message and loses nothing already saved; never a 500.</summary>
public sealed class BadInputTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    [Fact]
    public async Task An_oversized_answer_is_refused_with_a_message_and_nothing_is_stored()
    {
        var client = await new AppClient(app).RegisterAsync();
        var questionId = (await client.CurrentQuestionAsync())!;

        var response = await client.PostFormAsync("/Practice?handler=Reveal", new()
        {
            ["Input.QuestionId"] = questionId,
            ["Input.Answer"] = new string('x', 20_001),
        });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldContain("Your answer is too long (20,000 characters at most)");
        app.WithDb(db => db.Attempts.Count(a => a.Answer.Length > 20_000)).ShouldBe(0);
    }

    [Fact]
    public async Task An_unknown_question_id_moves_on_to_the_next_question()
    {
        var client = await new AppClient(app).RegisterAsync();

        var response = await client.PostFormAsync("/Practice?handler=Reveal", new() { ["Input.QuestionId"] = "no-such-question", ["Input.Answer"] = "x" });

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await client.GetHtmlAsync("/Practice")).ShouldContain("no longer in the bank");
    }

    [Theory]
    [InlineData("7")]
    [InlineData("Perfect")]
    [InlineData("")]
    public async Task An_invalid_rating_asks_again_and_keeps_the_attempt(string rating)
    {
        var client = await new AppClient(app).RegisterAsync();
        var attemptPath = await client.RevealAsync((await client.CurrentQuestionAsync())!, $"kept answer [{rating}]");

        var response = await client.RateAsync(attemptPath, rating);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldContain("Choose a rating: Again, Hard, Good or Easy.");
        app.WithDb(db => db.Attempts.Count(a => a.Answer == $"kept answer [{rating}]" && a.ReviewLogId == null)).ShouldBe(1);
    }

    [Theory]
    [InlineData("/Practice/Attempt/999999999")]
    [InlineData("/Practice/Attempt/abc")]
    [InlineData("/Practice/Attempt/-1")]
    [InlineData("/no/such/page")]
    public async Task Unknown_pages_and_ids_get_a_friendly_404(string path)
    {
        var client = await new AppClient(app).RegisterAsync();

        var html = await client.GetHtmlAsync(path, HttpStatusCode.NotFound);

        html.ShouldContain("There is nothing here");
        html.ShouldNotContain("Exception");
    }

    [Fact]
    public async Task A_query_string_of_garbage_does_not_break_the_practice_page()
    {
        var client = await new AppClient(app).RegisterAsync();

        (await client.GetHtmlAsync("/Practice?handler=%00%ff&id=<script>&Input.Answer=" + new string('a', 5000))).ShouldContain("Reveal answer");
    }

    [Theory]
    [InlineData(11, "between 6 and 10")]
    [InlineData(0, "between 6 and 10")]
    public async Task An_absurd_daily_target_is_refused(int target, string message)
    {
        var client = await new AppClient(app).RegisterAsync();

        var response = await client.PostFormAsync("/Settings", new() { ["Input.DailyTarget"] = target.ToString(), ["Input.TimeZone"] = "UTC" });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldContain(message);
        (await client.GetHtmlAsync("/Practice")).ShouldContain("of 8 done today");
    }

    [Fact]
    public async Task A_valid_daily_target_and_time_zone_are_saved_and_used()
    {
        var client = await new AppClient(app).RegisterAsync();

        var response = await client.PostFormAsync("/Settings", new() { ["Input.DailyTarget"] = "6", ["Input.TimeZone"] = "Europe/Berlin" });

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await client.GetHtmlAsync("/Practice")).ShouldContain("of 6 done today");
        app.WithDb(db => db.Users.Single(u => u.Email == client.Email).TimeZoneId).ShouldBe("Europe/Berlin");
    }

    [Fact]
    public async Task An_unknown_time_zone_is_refused()
    {
        var client = await new AppClient(app).RegisterAsync();

        var response = await client.PostFormAsync("/Settings", new() { ["Input.DailyTarget"] = "8", ["Input.TimeZone"] = "Mars/Olympus" });

        (await response.Content.ReadAsStringAsync()).ShouldContain("Unknown time zone");
    }

    [Fact]
    public async Task Registration_errors_are_explained()
    {
        var client = new AppClient(app);
        var email = AppClient.NewEmail();
        await client.RegisterAsync(email);

        var duplicate = await new AppClient(app).PostFormAsync("/Account/Register", new()
        {
            ["Input.Email"] = email,
            ["Input.Password"] = AppClient.Password,
            ["Input.ConfirmPassword"] = AppClient.Password,
        });
        var mismatch = await new AppClient(app).PostFormAsync("/Account/Register", new()
        {
            ["Input.Email"] = AppClient.NewEmail(),
            ["Input.Password"] = AppClient.Password,
            ["Input.ConfirmPassword"] = "different",
        });
        var shortPassword = await new AppClient(app).PostFormAsync("/Account/Register", new()
        {
            ["Input.Email"] = AppClient.NewEmail(),
            ["Input.Password"] = "short",
            ["Input.ConfirmPassword"] = "short",
        });

        (await duplicate.Content.ReadAsStringAsync()).ShouldContain("An account with this email already exists.");
        (await mismatch.Content.ReadAsStringAsync()).ShouldContain("The two passwords differ.");
        (await shortPassword.Content.ReadAsStringAsync()).ShouldContain("at least 8 characters");
    }

    [Fact]
    public async Task A_wrong_password_is_refused_and_repeated_failures_lock_the_account()
    {
        var email = AppClient.NewEmail();
        await new AppClient(app).RegisterAsync(email);
        var client = new AppClient(app);

        var wrong = await client.LoginAsync(email, "wrong password");
        (await wrong.Content.ReadAsStringAsync()).ShouldContain("Email or password is wrong.");
        for (var i = 0; i < 5; i++)
        {
            await client.LoginAsync(email, "wrong password");
        }

        var locked = await client.LoginAsync(email);
        (await locked.Content.ReadAsStringAsync()).ShouldContain("locked for a few minutes");
    }

    [Fact]
    public async Task Api_errors_are_problem_details()
    {
        var client = await new AppClient(app).RegisterAsync();

        var missing = await client.Http.PostAsJsonAsync("/api/attempts", new { answer = "x" });
        var unknown = await client.Http.PostAsJsonAsync("/api/attempts", new { questionId = "nope", answer = "x" });
        var tooLong = await client.Http.PostAsJsonAsync("/api/attempts", new { questionId = "nope", answer = new string('x', 20_001) });
        var notJson = await client.Http.PostAsync("/api/attempts", new StringContent("{ not json", System.Text.Encoding.UTF8, "application/json"));
        var noAttempt = await client.Http.PostAsJsonAsync("/api/attempts/987654/rating", new { rating = "Good" });

        missing.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        missing.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await missing.Content.ReadAsStringAsync()).ShouldContain("questionId is required.");
        unknown.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await unknown.Content.ReadAsStringAsync()).ShouldContain("No question has the id 'nope'.");
        tooLong.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        notJson.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await notJson.Content.ReadAsStringAsync()).ShouldNotContain("   at ");
        noAttempt.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        noAttempt.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }

    [Fact]
    public async Task The_api_runs_the_practice_loop()
    {
        var client = await new AppClient(app).RegisterAsync();

        var today = (await client.Http.GetFromJsonAsync<TodayDto>("/api/today"))!;
        today.Target.ShouldBe(8);
        today.Queue.Count.ShouldBe(8);
        var first = today.Queue[0];

        var reveal = await client.Http.PostAsJsonAsync("/api/attempts", new { questionId = first.QuestionId, answer = "my api answer" });
        reveal.StatusCode.ShouldBe(HttpStatusCode.OK);
        var revealed = (await reveal.Content.ReadFromJsonAsync<RevealDto>())!;
        revealed.KeyPoints.Count.ShouldBeInRange(3, 7);

        var badRating = await client.Http.PostAsJsonAsync($"/api/attempts/{revealed.AttemptId}/rating", new { rating = "9" });
        badRating.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await client.Http.PostAsJsonAsync($"/api/attempts/{revealed.AttemptId}/rating", new { rating = "Good" })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await client.Http.PostAsJsonAsync($"/api/attempts/{revealed.AttemptId}/rating", new { rating = "Good" })).StatusCode.ShouldBe(HttpStatusCode.Conflict);

        var after = (await client.Http.GetFromJsonAsync<TodayDto>("/api/today"))!;
        after.Done.ShouldBe(1);
        after.Queue.Select(q => q.QuestionId).ShouldNotContain(first.QuestionId);

        (await client.Http.PostAsync("/api/reviews/undo", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.Http.GetFromJsonAsync<TodayDto>("/api/today"))!.Done.ShouldBe(0);
    }

    private sealed record TodayDto(int Target, int Done, List<QueueDto> Queue);

    private sealed record QueueDto(string QuestionId, string Title, string Area, string Reason);

    private sealed record RevealDto(long AttemptId, double? Coverage, List<object> KeyPoints, string SuggestedRating);
}
