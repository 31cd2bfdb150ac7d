using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using MLDrill.Domain.Coding;
using MLDrill.Infrastructure.Data;
using MLDrill.Web.Hosting;

namespace MLDrill.Web.Features.Coding;

/// <summary>Where a user stands on a problem: never tried, tried, or solved.</summary>
public enum ProblemStatus
{
    New,
    Attempted,
    Solved,
}

public sealed record ProblemRow(CodingProblem Problem, ProblemStatus Status, int Submissions);

/// <summary>A stored submission with its decoded report (null while queued or running).</summary>
public sealed record SubmissionView(Submission Submission, JudgeReport? Report)
{
    public bool Done => Submission.State == SubmissionState.Done;
}

/// <summary>The coding pages' reads and writes: problems with each user's status, queueing code, attempt history.</summary>
public sealed class CodingService(AppDbContext db, ContentCatalog content, SubmissionSignal signal, TimeProvider clock)
{
    public const string NotebookPrefix = "problem:";

    public IReadOnlyList<CodingProblem> Problems => content.Result.CodingProblems;

    public CodingProblem? Find(string? id) => Problems.FirstOrDefault(p => p.Id == id);

    public async Task<IReadOnlyList<ProblemRow>> ListAsync(string userId, CancellationToken cancellationToken = default)
    {
        var counts = await db.Submissions.Where(s => s.UserId == userId && s.Mode == SubmissionMode.Submit)
            .GroupBy(s => s.ProblemId)
            .Select(g => new { ProblemId = g.Key, Count = g.Count(), Solved = g.Any(s => s.Verdict == Verdict.Accepted) })
            .ToDictionaryAsync(g => g.ProblemId, cancellationToken);
        return Problems.Select(p => counts.TryGetValue(p.Id, out var c)
                ? new ProblemRow(p, c.Solved ? ProblemStatus.Solved : ProblemStatus.Attempted, c.Count)
                : new ProblemRow(p, ProblemStatus.New, 0))
            .ToList();
    }

    /// <summary>Queues <paramref name="source"/>; returns its id, or the reason it was refused (nothing is stored then).</summary>
    public async Task<(long? Id, string? Error)> QueueAsync(string userId, CodingProblem problem, string? source, SubmissionMode mode, CancellationToken cancellationToken = default)
    {
        if (SourceRules.Reject(source) is { } rejection)
        {
            return (null, rejection);
        }

        var waiting = await db.Submissions.CountAsync(s => s.UserId == userId && s.State != SubmissionState.Done, cancellationToken);
        if (waiting >= 3)
        {
            return (null, "You already have runs waiting for the judge; wait for their results first.");
        }

        var submission = new Submission
        {
            UserId = userId,
            ProblemId = problem.Id,
            Mode = mode,
            Source = source!,
            State = SubmissionState.Queued,
            CreatedAt = clock.GetUtcNow(),
        };
        db.Submissions.Add(submission);
        await db.SaveChangesAsync(cancellationToken);
        signal.Notify();
        return (submission.Id, null);
    }

    public async Task<SubmissionView?> GetAsync(string userId, long id, CancellationToken cancellationToken = default)
    {
        var submission = await db.Submissions.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id && s.UserId == userId, cancellationToken);
        return submission is null ? null : View(submission);
    }

    /// <summary>The user's runs and submissions of one problem, newest first.</summary>
    public async Task<IReadOnlyList<SubmissionView>> HistoryAsync(string userId, string problemId, CancellationToken cancellationToken = default)
    {
        var rows = await db.Submissions.AsNoTracking()
            .Where(s => s.UserId == userId && s.ProblemId == problemId)
            .OrderByDescending(s => s.Id)
            .Take(50)
            .ToListAsync(cancellationToken);
        return rows.Select(View).ToList();
    }

    /// <summary>The reference is shown once the user is accepted, or has failed <see cref="CodingProblem.RevealAfter"/> submissions.</summary>
    public static bool MayReveal(CodingProblem problem, IEnumerable<SubmissionView> history)
    {
        var submitted = history.Where(h => h.Submission.Mode == SubmissionMode.Submit && h.Done).ToList();
        return submitted.Any(h => h.Submission.Verdict == Verdict.Accepted)
            || submitted.Count(h => h.Submission.Verdict != Verdict.Accepted) >= problem.RevealAfter;
    }

    private static SubmissionView View(Submission submission) => new(submission,
        submission.ReportJson is null ? null : JsonSerializer.Deserialize<JudgeReport>(submission.ReportJson, JudgeWorker.ReportJson));
}
