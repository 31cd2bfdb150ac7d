using MLDrill.Domain.Scheduling;

namespace MLDrill.Domain.Practice;

public enum QueueReason
{
    /// <summary>Rated Again or still in learning steps; comes back within the day.</summary>
    Learning,

    /// <summary>A review the scheduler has made due.</summary>
    Review,

    /// <summary>A question never seen.</summary>
    New,
}

/// <summary>What the queue needs to know of a card.</summary>
public sealed record CardSnapshot(string QuestionId, CardPhase Phase, DateTimeOffset Due, double Retrievability);

public sealed record QueueItem(string QuestionId, QueueReason Reason);

/// <summary>
/// Builds today's practice queue: questions still in learning steps first, then due reviews from the least
/// retrievable (most at risk of being forgotten), then new questions in study order, never past the daily target.
/// </summary>
public static class TodayQueue
{
    /// <param name="cards">The user's cards due before <paramref name="endOfDay"/>.</param>
    /// <param name="newQuestionIds">Questions without a card, in the order new ones should come.</param>
    /// <param name="reviewedToday">Questions already reviewed today; each used one slot of the target.</param>
    /// <param name="target">Daily target plus any extra the user asked for.</param>
    public static IReadOnlyList<QueueItem> Build(
        IEnumerable<CardSnapshot> cards,
        IEnumerable<string> newQuestionIds,
        IReadOnlySet<string> reviewedToday,
        int target,
        DateTimeOffset now,
        DateTimeOffset endOfDay)
    {
        var queue = new List<QueueItem>();
        var dueToday = cards.Where(c => c.Due < endOfDay).ToList();

        // Learning steps already in today's session: they take no new slot, and come back once due.
        var learningNow = dueToday
            .Where(c => c.Phase is CardPhase.Learning or CardPhase.Relearning && reviewedToday.Contains(c.QuestionId) && c.Due <= now)
            .OrderBy(c => c.Due);
        queue.AddRange(learningNow.Select(c => new QueueItem(c.QuestionId, QueueReason.Learning)));

        var slots = Math.Max(0, target - reviewedToday.Count);
        var reviews = dueToday
            .Where(c => !reviewedToday.Contains(c.QuestionId))
            .OrderBy(c => c.Retrievability)
            .ThenBy(c => c.Due)
            .ThenBy(c => c.QuestionId, StringComparer.Ordinal)
            .Take(slots)
            .ToList();
        queue.AddRange(reviews.Select(c => new QueueItem(c.QuestionId, c.Phase == CardPhase.Review ? QueueReason.Review : QueueReason.Learning)));
        slots -= reviews.Count;

        queue.AddRange(newQuestionIds.Where(id => !reviewedToday.Contains(id)).Take(slots).Select(id => new QueueItem(id, QueueReason.New)));

        return queue;
    }
}
