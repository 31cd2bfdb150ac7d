using System.Text.Json;
using Microsoft.Extensions.Options;
using MLDrill.Domain.Coding;
using MLDrill.Infrastructure.Data;
using MLDrill.Infrastructure.Judge;
using MLDrill.Web.Hosting;

namespace MLDrill.Web.Features.Coding;

/// <summary>Configuration section <c>Judge</c> for the web app: how many workers this process runs.</summary>
public sealed class JudgeWorkerOptions
{
    /// <summary>Workers in this process (0 = none: another node judges). SQLite allows one writer, so at most one there.</summary>
    public int Workers { get; set; } = 1;

    /// <summary>How often an idle worker looks for work queued by another node.</summary>
    public int PollMilliseconds { get; set; } = 500;

    /// <summary>
    /// How long after start-up the judge waits before warming its sandboxes (unless a submission comes first), so that
    /// starting Python does not compete with the first pages for a small machine's cores.
    /// </summary>
    public int StartDelayMilliseconds { get; set; } = 1500;
}

/// <summary>Wakes this process's workers as soon as a submission is queued here (other nodes' submissions wait for a poll).</summary>
public sealed class SubmissionSignal : IDisposable
{
    private readonly SemaphoreSlim _signal = new(0);

    public void Dispose() => _signal.Dispose();

    public void Notify() => _signal.Release();

    public Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => _signal.WaitAsync(timeout, cancellationToken);
}

/// <summary>Claims queued submissions, runs them in the sandbox and stores the report.</summary>
public sealed class JudgeWorker(IServiceScopeFactory scopes, CodeJudge judge, StartupGate startup, SubmissionSignal signal,
    TimeProvider clock, IOptions<JudgeWorkerOptions> options, ILogger<JudgeWorker> logger) : BackgroundService
{
    public static readonly JsonSerializerOptions ReportJson = new(JsonSerializerDefaults.Web);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Everything before the first await would hold up the host's start; the judge can warm up after it.
        await Task.Yield();
        var workers = options.Value.Workers;
        if (workers <= 0)
        {
            return;
        }

        try
        {
            await signal.WaitAsync(TimeSpan.FromMilliseconds(options.Value.StartDelayMilliseconds), stoppingToken);
            await startup.WaitAsync(stoppingToken);
        }
        catch (Exception) when (stoppingToken.IsCancellationRequested || startup.HasFailed)
        {
            return;
        }

        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            if (db.Database.ProviderName?.Contains("Sqlite", StringComparison.Ordinal) == true)
            {
                workers = Math.Min(workers, 1);
            }
        }

        judge.Warm();
        await Task.WhenAll(Enumerable.Range(0, workers).Select(i => RunAsync($"{Environment.MachineName}:{Environment.ProcessId}:{i}", stoppingToken)));
    }

    private async Task RunAsync(string worker, CancellationToken stoppingToken)
    {
        var poll = TimeSpan.FromMilliseconds(options.Value.PollMilliseconds);
        var lastSweep = DateTimeOffset.MinValue;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (clock.GetUtcNow() - lastSweep > SubmissionQueue.ClaimTimeout)
                {
                    lastSweep = clock.GetUtcNow();
                    await using var sweepScope = scopes.CreateAsyncScope();
                    await SubmissionQueue.ReleaseStaleAsync(sweepScope.ServiceProvider.GetRequiredService<AppDbContext>(), lastSweep, stoppingToken);
                }

                if (!await JudgeNextAsync(worker, stoppingToken))
                {
                    await signal.WaitAsync(poll, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // A broken row or a database hiccup must not stop the judge; the claim times out and is retried.
                logger.LogError(e, "Judge worker {Worker} failed; retrying", worker);
                await Task.Delay(poll, stoppingToken);
            }
        }
    }

    /// <summary>Judges one queued submission; false when the queue was empty.</summary>
    public async Task<bool> JudgeNextAsync(string worker, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var submission = await SubmissionQueue.ClaimAsync(db, worker, clock.GetUtcNow(), cancellationToken);
        if (submission is null)
        {
            return false;
        }

        var problem = scope.ServiceProvider.GetRequiredService<ContentCatalog>().Result.CodingProblems.FirstOrDefault(p => p.Id == submission.ProblemId);
        var report = problem is null
            ? JudgeReport.Rejected("This problem no longer exists.")
            : await judge.JudgeAsync(problem, submission.Source, submission.Mode == SubmissionMode.Submit, cancellationToken);
        submission.State = SubmissionState.Done;
        submission.Verdict = report.Verdict;
        submission.Summary = report.Summary.Length > 500 ? report.Summary[..500] : report.Summary;
        submission.ReportJson = JsonSerializer.Serialize(report, ReportJson);
        submission.FinishedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(CancellationToken.None);
        logger.LogInformation("Judged submission {Id} of {Problem}: {Verdict}", submission.Id, submission.ProblemId, report.Verdict);
        return true;
    }
}
