using System.Net;
using MLDrill.Web.Tests.Support;

namespace MLDrill.Web.Tests;

public sealed class RateLimitTests
{
    [Fact]
    public async Task Login_attempts_are_limited_per_address_and_the_page_stays_readable()
    {
        await using var app = new MLDrillFactory(Store.Sqlite, productionRateLimits: true);
        var client = new AppClient(app);
        var token = AppClient.AntiforgeryToken(await client.GetHtmlAsync("/Account/Login"))!;

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 12; i++)
        {
            var response = await client.Http.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Input.Email"] = "nobody@example.test",
                ["Input.Password"] = "guess " + i,
                ["__RequestVerificationToken"] = token,
            }));
            statuses.Add(response.StatusCode);
        }

        statuses.Take(10).ShouldAllBe(s => s == HttpStatusCode.OK);
        statuses.Skip(10).ShouldAllBe(s => s == HttpStatusCode.TooManyRequests);
        (await client.GetHtmlAsync("/Account/Login")).ShouldContain("Log in");
    }

    [Fact]
    public async Task Practice_writes_are_limited_per_user_and_reading_stays_open()
    {
        await using var app = new MLDrillFactory(Store.Sqlite, productionRateLimits: true);
        var client = await new AppClient(app).RegisterAsync();
        var token = AppClient.AntiforgeryToken(await client.GetHtmlAsync("/Practice"))!;

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 122; i++)
        {
            var response = await client.Http.PostAsync("/Practice?handler=More", new FormUrlEncodedContent(
                new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
            statuses.Add(response.StatusCode);
        }

        statuses.Take(120).ShouldAllBe(s => s == HttpStatusCode.Redirect);
        statuses.Skip(120).ShouldAllBe(s => s == HttpStatusCode.TooManyRequests);
        (await client.GetHtmlAsync("/Practice")).ShouldContain("done today");
    }
}
