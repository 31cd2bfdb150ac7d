using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace MLDrill.Web.Tests.Support;

/// <summary>A browser-like client: keeps cookies, reads the antiforgery token from each page, does not follow redirects.</summary>
public sealed partial class AppClient(MLDrillFactory factory)
{
    public const string Password = "correct horse battery";

    private readonly HttpClient _http = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    public HttpClient Http => _http;

    public string? Email { get; private set; }

    public static string NewEmail() => $"u{Guid.NewGuid():N}@example.test";

    public async Task<AppClient> RegisterAsync(string? email = null)
    {
        Email = email ?? NewEmail();
        var response = await PostFormAsync("/Account/Register", new()
        {
            ["Input.Email"] = Email,
            ["Input.Password"] = Password,
            ["Input.ConfirmPassword"] = Password,
            ["Input.TimeZone"] = "UTC",
        });
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        return this;
    }

    public async Task<HttpResponseMessage> LoginAsync(string email, string password = Password) =>
        await PostFormAsync("/Account/Login", new() { ["Input.Email"] = email, ["Input.Password"] = password });

    public async Task<string> GetHtmlAsync(string path, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await _http.GetAsync(path);
        var html = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(expected, $"{path} -> {response.Headers.Location} {html}");
        return html;
    }

    /// <summary>Posts a form the way its page would: with the page's antiforgery token.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string path, Dictionary<string, string> fields, string? pagePath = null)
    {
        var page = await _http.GetAsync(pagePath ?? path.Split('?')[0]);
        var token = AntiforgeryToken(await page.Content.ReadAsStringAsync());
        fields["__RequestVerificationToken"] = token ?? "";
        return await _http.PostAsync(path, new FormUrlEncodedContent(fields));
    }

    public static string? AntiforgeryToken(string html) =>
        TokenPattern().Match(html) is { Success: true } match ? match.Groups[1].Value : null;

    /// <summary>The question the practice page shows now (its hidden id field), or null when the session is done.</summary>
    public async Task<string?> CurrentQuestionAsync() =>
        QuestionPattern().Match(await GetHtmlAsync("/Practice")) is { Success: true } match ? match.Groups[1].Value : null;

    /// <summary>Reveals an answer to the current question and returns the attempt page's path.</summary>
    public async Task<string> RevealAsync(string questionId, string answer, bool outLoud = false)
    {
        var response = await PostFormAsync("/Practice?handler=Reveal", new()
        {
            ["Input.QuestionId"] = questionId,
            ["Input.Answer"] = answer,
            ["Input.OutLoud"] = outLoud ? "true" : "false",
        });
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        return response.Headers.Location!.OriginalString;
    }

    public async Task<HttpResponseMessage> RateAsync(string attemptPath, string rating, Dictionary<string, string>? extra = null)
    {
        var fields = new Dictionary<string, string>(extra ?? []) { ["Input.Rating"] = rating };
        return await PostFormAsync(attemptPath + "?handler=Rate", fields, attemptPath);
    }

    /// <summary>Answers and rates the current question; returns its id.</summary>
    public async Task<string> PractiseOneAsync(string rating = "Good", string answer = "a short answer")
    {
        var question = await CurrentQuestionAsync() ?? throw new InvalidOperationException("no question left today");
        var attempt = await RevealAsync(question, answer);
        var rated = await RateAsync(attempt, rating);
        rated.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return question;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    [GeneratedRegex("data-question-id=\"([^\"]+)\"")]
    private static partial Regex QuestionPattern();
}
