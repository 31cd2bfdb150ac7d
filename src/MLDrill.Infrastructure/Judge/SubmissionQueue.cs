using Microsoft.EntityFrameworkCore;
using MLDrill.Infrastructure.Data;

namespace MLDrill.Infrastructure.Judge;

/// <summary>
/// The judge's queue is the Submissions table. A worker claims the oldest queued row in one statement; on
/// PostgreSQL <c>FOR UPDATE SKIP LOCKED</c> lets workers on several nodes share one database without two of
/// them taking the same submission.
/// </summary>
public static class SubmissionQueue
{
    /// <summary>How long a claim may stay running before another worker may take it again (its worker died).</summary>
    public static readonly TimeSpan ClaimTimeout = TimeSpan.FromMinutes(2);

    /// <summary>Claims the oldest queued submission for <paramref name="worker"/>, or returns null when none is waiting.</summary>
    public static async Task<Submission?> ClaimAsync(AppDbContext db, string worker, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var skipLocked = db.Database.IsNpgsql() ? " FOR UPDATE SKIP LOCKED" : "";
        var running = (int)SubmissionState.Running;
        var queued = (int)SubmissionState.Queued;
        var sql = $"""
            UPDATE "Submissions" SET "State" = {running}, "ClaimedBy" = @p0
            WHERE "Id" = (SELECT "Id" FROM "Submissions" WHERE "State" = {queued} ORDER BY "Id" LIMIT 1{skipLocked})
            RETURNING "Id" AS "Value"
            """;
        var ids = await db.Database.SqlQueryRaw<long>(sql, worker).ToListAsync(cancellationToken);
        if (ids.Count == 0)
        {
            return null;
        }

        var submission = await db.Submissions.SingleAsync(s => s.Id == ids[0], cancellationToken);
        submission.StartedAt = now;
        await db.SaveChangesAsync(cancellationToken);
        return submission;
    }

    /// <summary>Puts submissions whose worker vanished mid-run back in the queue.</summary>
    public static async Task<int> ReleaseStaleAsync(AppDbContext db, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var cutoff = now - ClaimTimeout;
        var stale = await db.Submissions.Where(s => s.State == SubmissionState.Running && s.StartedAt < cutoff).ToListAsync(cancellationToken);
        foreach (var submission in stale)
        {
            submission.State = SubmissionState.Queued;
            submission.ClaimedBy = null;
        }

        await db.SaveChangesAsync(cancellationToken);
        return stale.Count;
    }
}
