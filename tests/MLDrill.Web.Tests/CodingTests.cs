using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MLDrill.Domain.Coding;
using MLDrill.Infrastructure.Data;
using MLDrill.Infrastructure.Judge;
using MLDrill.Web.Features.Coding;
using MLDrill.Web.Hosting;
using MLDrill.Web.Tests.Support;

namespace MLDrill.Web.Tests;

/// <summary>The coding pages end to end over HTTP: queue, judge in the real sandbox, results, history, reveal, privacy.</summary>
public abstract partial class CodingTests<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : MLDrillFactory
{
    private const string ProblemId = "linear-regression-normal-equation";

    private CodingProblem Problem => app.Services.GetRequiredService<ContentCatalog>().Result.CodingProblems.Single(p => p.Id == ProblemId);

    /// <summary>Posts code and waits (bounded) until the worker has judged it; returns the submission's id.</summary>
    private async Task<long> SendAsync(AppClient client, string handler, string source)
    {
        var response = await client.PostFormAsync($"/Coding/{ProblemId}?handler={handler}", new() { ["Source"] = source }, $"/Coding/{ProblemId}");
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var id = long.Parse(SubmissionPattern().Match(response.Headers.Location!.ToString()).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        for (var i = 0; i < 300; i++)
        {
            if (app.WithDb(db => db.Submissions.Single(s => s.Id == id).State) == SubmissionState.Done)
            {
                return id;
            }

            await Task.Delay(100, TestContext.Current.CancellationToken);
        }

        throw new ShouldAssertException($"submission {id} was not judged within 30 s");
    }

    [Fact]
    public async Task The_list_shows_every_problem_with_the_users_status()
    {
        var client = await new AppClient(app).RegisterAsync();
        var html = await client.GetHtmlAsync("/Coding");
        ProblemRowPattern().Count(html).ShouldBe(app.Services.GetRequiredService<ContentCatalog>().Result.CodingProblems.Count);
        html.ShouldContain($"data-problem=\"{ProblemId}\" data-status=\"New\"");

        await SendAsync(client, "Submit", Problem.Reference);
        (await client.GetHtmlAsync("/Coding?Status=Solved")).ShouldContain($"data-problem=\"{ProblemId}\" data-status=\"Solved\"");
        (await client.GetHtmlAsync("/Coding?Status=New")).ShouldNotContain($"data-problem=\"{ProblemId}\"");
        (await client.GetHtmlAsync("/Coding?Kind=Troubleshoot")).ShouldNotContain($"data-problem=\"{ProblemId}\"");
    }

    [Fact]
    public async Task A_failed_run_shows_the_difference_then_a_fix_is_accepted_and_the_reference_opens()
    {
        var client = await new AppClient(app).RegisterAsync();
        var page = await client.GetHtmlAsync($"/Coding/{ProblemId}");
        page.ShouldContain("def fit_linear_regression");
        page.ShouldContain("It opens once you are accepted");

        var wrong = Problem.WrongSolutions.Single(w => w.Name == "no-intercept.py").Source;
        var run = await SendAsync(client, "Run", wrong);
        var result = WebUtility.HtmlDecode(await client.GetHtmlAsync($"/Coding/{ProblemId}?s={run}"));
        result.ShouldContain("Wrong answer");
        result.ShouldContain("expected");
        result.ShouldContain("Expected</dt>");
        Regex.IsMatch(result, @"Hidden test \d").ShouldBeFalse("a run shows the visible tests only");

        var accepted = await SendAsync(client, "Submit", Problem.Reference);
        var after = WebUtility.HtmlDecode(await client.GetHtmlAsync($"/Coding/{ProblemId}?s={accepted}"));
        after.ShouldContain("Accepted: 8 of 8 tests passed.");
        after.ShouldContain("Show the reference solution");
        AttemptPattern().Count(after).ShouldBe(2);
    }

    [Fact]
    public async Task Hidden_tests_report_only_their_category()
    {
        var client = await new AppClient(app).RegisterAsync();
        var id = await SendAsync(client, "Submit", Problem.WrongSolutions.Single(w => w.Name == "inverse-normal-equation.py").Source);
        var html = WebUtility.HtmlDecode(await client.GetHtmlAsync($"/Coding/{ProblemId}?s={id}"));
        html.ShouldContain("a hidden test (edge: rank-deficient)");
        var hidden = Problem.Tests.First(t => !t.Visible);
        html.ShouldNotContain(PythonValue.Format(hidden.Expected));
        app.WithDb(db => db.Submissions.Single(s => s.Id == id).ReportJson).ShouldNotBeNull().ShouldNotContain(PythonValue.Format(hidden.Expected));
    }

    [Fact]
    public async Task A_result_belongs_to_its_owner_only()
    {
        var alice = await new AppClient(app).RegisterAsync();
        var bob = await new AppClient(app).RegisterAsync();
        var id = await SendAsync(alice, "Run", Problem.Reference);

        var page = await alice.GetHtmlAsync($"/Coding/{ProblemId}?s={id}");
        page.ShouldContain("data-state=\"done\"");
        page.ShouldContain("Run result");
        var other = await bob.GetHtmlAsync($"/Coding/{ProblemId}?s={id}");
        other.ShouldNotContain("Run result");
        other.ShouldNotContain("lstsq(design");
        var anonymous = app.CreateClient(new() { AllowAutoRedirect = false });
        (await anonymous.GetAsync($"/Coding/{ProblemId}")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("   \n  ", "empty")]
    public async Task Bad_code_is_refused_with_a_message_and_kept_in_the_editor(string source, string message)
    {
        var client = await new AppClient(app).RegisterAsync();
        var response = await client.PostFormAsync($"/Coding/{ProblemId}?handler=Run", new() { ["Source"] = source }, $"/Coding/{ProblemId}");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldContain(message);
        var userId = app.WithDb(db => db.Users.Single(u => u.Email == client.Email).Id);
        app.WithDb(db => db.Submissions.Count(s => s.UserId == userId)).ShouldBe(0);
    }

    [Fact]
    public async Task Oversized_code_is_refused_and_the_typed_code_comes_back()
    {
        var client = await new AppClient(app).RegisterAsync();
        var huge = "# " + new string('x', 70_000);
        var response = await client.PostFormAsync($"/Coding/{ProblemId}?handler=Submit", new() { ["Source"] = huge }, $"/Coding/{ProblemId}");
        var html = await response.Content.ReadAsStringAsync();
        html.ShouldContain("64 KiB");
        html.ShouldContain(new string('x', 1000));
    }

    [Fact]
    public async Task Posting_without_the_antiforgery_token_is_refused()
    {
        var client = await new AppClient(app).RegisterAsync();
        var response = await client.Http.PostAsync($"/Coding/{ProblemId}?handler=Submit", new FormUrlEncodedContent(new Dictionary<string, string> { ["Source"] = "def f(): pass" }));
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Unknown_problems_are_not_found() =>
        await (await new AppClient(app).RegisterAsync()).GetHtmlAsync("/Coding/no-such-problem", HttpStatusCode.NotFound);

    [Fact]
    public async Task A_failed_problem_can_go_to_the_notebook()
    {
        var client = await new AppClient(app).RegisterAsync();
        await SendAsync(client, "Submit", Problem.Starter);
        (await client.PostFormAsync($"/Coding/{ProblemId}?handler=Notebook", [], $"/Coding/{ProblemId}")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var notebook = WebUtility.HtmlDecode(await client.GetHtmlAsync("/Notebook"));
        notebook.ShouldContain(Problem.Title);
        notebook.ShouldContain("Added after a failed coding submission");
    }

    [Fact]
    public async Task Several_workers_never_claim_the_same_submission()
    {
        var user = await new AppClient(app).RegisterAsync();
        var userId = app.WithDb(db => db.Users.Single(u => u.Email == user.Email).Id);
        var ids = app.WithDb(db =>
        {
            var rows = Enumerable.Range(0, 12).Select(_ => new Submission { UserId = userId, ProblemId = "none", Source = "x", CreatedAt = DateTimeOffset.UtcNow }).ToList();
            db.Submissions.AddRange(rows);
            db.SaveChanges();
            return rows.Select(r => r.Id).ToHashSet();
        });

        // Four claimers race; on SQLite the writes serialise, on PostgreSQL SKIP LOCKED keeps them apart.
        var claimed = await Task.WhenAll(Enumerable.Range(0, 4).Select(w => Task.Run(async () =>
        {
            var mine = new List<long>();
            while (true)
            {
                await using var scope = app.Services.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
                var submission = await ClaimWithRetryAsync(db, $"test-{w}");
                if (submission is null || !ids.Contains(submission.Id))
                {
                    return mine;
                }

                mine.Add(submission.Id);
            }
        })));

        var all = claimed.SelectMany(c => c).ToList();
        all.Count.ShouldBe(all.Distinct().Count(), "a submission was claimed twice");
        all.ShouldNotBeEmpty();
        app.WithDb(db => db.Submissions.Count(s => ids.Contains(s.Id) && s.ClaimedBy == null)).ShouldBe(0);
    }

    private static async Task<Submission?> ClaimWithRetryAsync(AppDbContext db, string worker)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return await SubmissionQueue.ClaimAsync(db, worker, DateTimeOffset.UtcNow, CancellationToken.None);
            }
            catch (Exception e) when (attempt < 20 && e is DbUpdateException or Microsoft.Data.Sqlite.SqliteException)
            {
                await Task.Delay(20);
            }
        }
    }

    [GeneratedRegex(@"[?&]s=(\d+)")]
    private static partial Regex SubmissionPattern();

    [GeneratedRegex(@"<tr data-problem=")]
    private static partial Regex ProblemRowPattern();

    [GeneratedRegex(@"<li data-submission=")]
    private static partial Regex AttemptPattern();
}

public sealed class CodingOnSqlite(SqliteApp app) : CodingTests<SqliteApp>(app);

public sealed class CodingOnPostgres(PostgresApp app) : CodingTests<PostgresApp>(app);
