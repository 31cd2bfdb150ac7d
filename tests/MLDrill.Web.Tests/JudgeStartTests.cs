using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using MLDrill.Infrastructure.Data;
using MLDrill.Web.Hosting;
using MLDrill.Web.Tests.Support;

namespace MLDrill.Web.Tests;

/// <summary>An app whose judge would wait ten minutes after start-up before warming up on its own.</summary>
public sealed class SlowStartJudgeApp() : MLDrillFactory(Store.Sqlite)
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Judge:StartDelayMilliseconds", "600000");
    }
}

public sealed class JudgeStartTests(SlowStartJudgeApp app) : IClassFixture<SlowStartJudgeApp>
{
    [Fact]
    public async Task A_submission_starts_the_judge_at_once_rather_than_after_its_start_up_delay()
    {
        var client = await new AppClient(app).RegisterAsync();
        var problem = app.Services.GetRequiredService<ContentCatalog>().Result.CodingProblems[0];

        var response = await client.PostFormAsync($"/Coding/{problem.Id}?handler=Submit", new() { ["Source"] = problem.Reference }, $"/Coding/{problem.Id}");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        for (var i = 0; i < 300 && app.WithDb(db => db.Submissions.Single().State) != SubmissionState.Done; i++)
        {
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }

        app.WithDb(db => db.Submissions.Single().Verdict).ShouldBe(MLDrill.Domain.Coding.Verdict.Accepted);
    }
}
