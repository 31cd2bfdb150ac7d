using Microsoft.EntityFrameworkCore;
using MLDrill.Domain.Planning;

namespace MLDrill.Infrastructure.Data;

/// <summary>Rebuilds the recent-performance sums kept on cards from the review logs they summarise.</summary>
public static class RecentPerformanceStore
{
    /// <summary>The sums of the user's logged reviews of a question, leaving out the log <paramref name="exceptLogId"/> (one being undone).</summary>
    public static async Task<RecentPerformance> FromLogsAsync(AppDbContext db, string userId, string questionId, long exceptLogId = 0, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var reviews = await db.ReviewLogs.AsNoTracking()
            .Where(r => r.UserId == userId && r.QuestionId == questionId && r.Id != exceptLogId)
            .OrderBy(r => r.ReviewedAt).ThenBy(r => r.Id)
            .Select(r => new { r.ReviewedAt, r.Rating, r.Coverage })
            .ToListAsync(cancellationToken);
        return RecentPerformance.Of(reviews.Select(r => (r.ReviewedAt, r.Rating, r.Coverage)));
    }

    /// <summary>
    /// Fills the sums of reviewed cards that have none: cards reviewed before the sums were kept. One user at a
    /// time, so memory stays bounded by the heaviest user's history. Returns the number of cards filled.
    /// </summary>
    public static async Task<int> BackfillAsync(AppDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (!await AnyToFillAsync(db, cancellationToken))
        {
            return 0;
        }

        var users = await db.Cards.Where(c => c.RecentAt == null && c.LastReview != null).Select(c => c.UserId).Distinct().ToListAsync(cancellationToken);
        var filled = 0;
        foreach (var userId in users)
        {
            var cards = await db.Cards.Where(c => c.UserId == userId && c.RecentAt == null && c.LastReview != null)
                .ToDictionaryAsync(c => c.QuestionId, StringComparer.Ordinal, cancellationToken);
            var reviews = await db.ReviewLogs.AsNoTracking()
                .Where(r => r.UserId == userId)
                .OrderBy(r => r.QuestionId).ThenBy(r => r.ReviewedAt).ThenBy(r => r.Id)
                .Select(r => new { r.QuestionId, r.ReviewedAt, r.Rating, r.Coverage })
                .ToListAsync(cancellationToken);
            foreach (var question in reviews.GroupBy(r => r.QuestionId, StringComparer.Ordinal))
            {
                if (cards.TryGetValue(question.Key, out var card))
                {
                    card.Apply(RecentPerformance.Of(question.Select(r => (r.ReviewedAt, r.Rating, r.Coverage))));
                    filled++;
                }
            }

            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }

        return filled;
    }

    /// <summary>
    /// The check every start makes, in plain SQL: a LINQ query here would compile EF's query pipeline on the start-up
    /// path, before the first response, for a backfill that is almost never needed.
    /// </summary>
    private static async Task<bool> AnyToFillAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = """SELECT 1 FROM "Cards" WHERE "RecentAt" IS NULL AND "LastReview" IS NOT NULL LIMIT 1""";
            return await command.ExecuteScalarAsync(cancellationToken) is not null;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
