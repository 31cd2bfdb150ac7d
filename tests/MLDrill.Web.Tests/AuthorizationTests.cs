using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using MLDrill.Web.Tests.Support;

namespace MLDrill.Web.Tests;

/// <summary>Every page and endpoint needs an account; nobody sees another user's answers, reviews or notes.</summary>
public abstract class AuthorizationTests<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : MLDrillFactory
{
    [Theory]
    [InlineData("/Practice")]
    [InlineData("/Practice/Attempt/1")]
    [InlineData("/Notebook")]
    [InlineData("/Notebook?handler=Export")]
    [InlineData("/Plan")]
    [InlineData("/Progress")]
    [InlineData("/Settings")]
    [InlineData("/Admin/Content")]
    public async Task Pages_send_anonymous_visitors_to_login(string path)
    {
        var response = await new AppClient(app).Http.GetAsync(path);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldStartWith("http://localhost/Account/Login");
    }

    [Fact]
    public async Task A_session_whose_security_stamp_changed_elsewhere_ends_at_the_next_check()
    {
        var client = await new AppClient(app).RegisterAsync();
        app.WithDb(db => db.Users.Where(u => u.Email == client.Email)
            .ExecuteUpdate(set => set.SetProperty(u => u.SecurityStamp, "changed-by-a-password-reset")));

        // Between checks the cookie alone is trusted: no user lookup on every request.
        (await client.Http.GetAsync("/Practice")).StatusCode.ShouldBe(HttpStatusCode.OK);

        app.Clock.Advance(TimeSpan.FromMinutes(31));
        var response = await client.Http.GetAsync("/Practice");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldStartWith("http://localhost/Account/Login");
    }

    [Theory]
    [InlineData("GET", "/api/today")]
    [InlineData("POST", "/api/attempts")]
    [InlineData("POST", "/api/attempts/1/rating")]
    [InlineData("POST", "/api/reviews/undo")]
    public async Task The_api_answers_anonymous_callers_with_401(string method, string path)
    {
        var response = await new AppClient(app).Http.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Health_is_public()
    {
        var http = new AppClient(app).Http;

        (await http.GetAsync("/health/live")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var ready = await http.GetAsync("/health/ready");
        ready.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await ready.Content.ReadAsStringAsync()).ShouldBe("Healthy");
    }

    [Fact]
    public async Task Only_an_admin_sees_the_content_page()
    {
        // The class shares one app, so the first account may already exist; a second one is never admin.
        await new AppClient(app).RegisterAsync();
        var user = await new AppClient(app).RegisterAsync();

        var response = await user.Http.GetAsync("/Admin/Content");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldContain("/Errors/Forbidden");
        (await user.GetHtmlAsync("/Errors/Forbidden", HttpStatusCode.Forbidden)).ShouldContain("No access");
    }

    [Fact]
    public async Task A_user_cannot_see_or_rate_another_users_attempt()
    {
        var alice = await new AppClient(app).RegisterAsync();
        var bob = await new AppClient(app).RegisterAsync();
        var questionId = (await alice.CurrentQuestionAsync())!;
        var attemptPath = await alice.RevealAsync(questionId, "alice's private answer");

        (await bob.Http.GetAsync(attemptPath)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var token = AppClient.AntiforgeryToken(await bob.GetHtmlAsync("/Practice"))!;
        var rate = await bob.Http.PostAsync(attemptPath + "?handler=Rate", new FormUrlEncodedContent(
            new Dictionary<string, string> { ["Input.Rating"] = "Easy", ["__RequestVerificationToken"] = token }));
        rate.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var notebook = await bob.Http.PostAsync(attemptPath + "?handler=Notebook", new FormUrlEncodedContent(
            new Dictionary<string, string> { ["Note"] = "bob's note", ["__RequestVerificationToken"] = token }));
        notebook.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await bob.Http.PostAsJsonAsync(attemptPath.Replace("/Practice/Attempt/", "/api/attempts/", StringComparison.Ordinal) + "/rating", new { rating = "Easy" }))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);

        app.WithDb(db => db.ReviewLogs.Count(r => r.Answer == "alice's private answer")).ShouldBe(0);
        (await alice.GetHtmlAsync(attemptPath)).ShouldContain("alice&#x27;s private answer");
    }

    [Fact]
    public async Task Notebooks_are_private()
    {
        var alice = await new AppClient(app).RegisterAsync();
        var bob = await new AppClient(app).RegisterAsync();
        var attemptPath = await alice.RevealAsync((await alice.CurrentQuestionAsync())!, "x");
        (await alice.PostFormAsync(attemptPath + "?handler=Notebook", new() { ["Note"] = "alice-secret-note" }, attemptPath)).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        (await alice.GetHtmlAsync("/Notebook")).ShouldContain("alice-secret-note");
        (await bob.GetHtmlAsync("/Notebook")).ShouldNotContain("alice-secret-note");
    }

    [Fact]
    public async Task Forms_without_an_antiforgery_token_are_refused()
    {
        var client = await new AppClient(app).RegisterAsync();
        var questionId = (await client.CurrentQuestionAsync())!;

        var response = await client.Http.PostAsync("/Practice?handler=Reveal", new FormUrlEncodedContent(
            new Dictionary<string, string> { ["Input.QuestionId"] = questionId, ["Input.Answer"] = "forged" }));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        app.WithDb(db => db.Attempts.Count(a => a.Answer == "forged")).ShouldBe(0);
    }

    [Fact]
    public async Task Auth_cookies_are_http_only_and_same_site()
    {
        var http = new AppClient(app).Http;
        var token = AppClient.AntiforgeryToken(await http.GetStringAsync("/Account/Register"))!;

        var response = await http.PostAsync("/Account/Register", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = AppClient.NewEmail(),
            ["Input.Password"] = AppClient.Password,
            ["Input.ConfirmPassword"] = AppClient.Password,
            ["__RequestVerificationToken"] = token,
        }));

        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("mldrill.auth=", StringComparison.Ordinal));
        cookie.ShouldContain("httponly", Case.Insensitive);
        cookie.ShouldContain("samesite=lax", Case.Insensitive);
    }

    [Fact]
    public async Task Responses_carry_security_headers()
    {
        var response = await new AppClient(app).Http.GetAsync("/Account/Login");

        response.Headers.GetValues("X-Content-Type-Options").ShouldBe(["nosniff"]);
        response.Headers.GetValues("Content-Security-Policy").Single().ShouldContain("script-src 'self'");
    }
}

public sealed class AuthorizationOnSqlite(SqliteApp app) : AuthorizationTests<SqliteApp>(app);

public sealed class AuthorizationOnPostgres(PostgresApp app) : AuthorizationTests<PostgresApp>(app);
