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

    /// <summary>A notebook entry back for its weekly revisit.</summary>
    Revisit,
}

/// <summary>What the queue needs to know of a card.</summary>
public sealed record CardSnapshot(string QuestionId, CardPhase Phase, DateTimeOffset Due, double Retrievability);

public sealed record QueueItem(string QuestionId, QueueReason Reason);

/// <summary>
/// Builds today's practice queue: questions still in learning steps first, then notebook revisits, then due
/// reviews from the least retrievable (most at risk of being forgotten), then new questions in the plan's order,
/// never past the daily target. Revisits and reviews share the plan's review slots, so a backlog never crowds
/// out new questions; when no new question is left, reviews fill the day.
/// </summary>
public static class TodayQueue
{
    /// <param name="cards">The user's cards due before <paramref name="endOfDay"/>.</param>
    /// <param name="newQuestionIds">Questions without a card, in the order new ones should come.</param>
    /// <param name="reviewedToday">Questions already reviewed today; each used one slot of the target.</param>
    /// <param name="target">Daily target plus any extra the user asked for.</param>
    /// <param name="reviewSlots">Most reviews (revisits included) in the day, done ones included; null for no cap.</param>
    /// <param name="reviewsDoneToday">Reviews of already known questions done today.</param>
    /// <param name="revisits">Notebook entries due for their weekly revisit, oldest first.</param>
    public static IReadOnlyList<QueueItem> Build(
        IEnumerable<CardSnapshot> cards,
        IEnumerable<string> newQuestionIds,
        IReadOnlySet<string> reviewedToday,
        int target,
        DateTimeOffset now,
        DateTimeOffset endOfDay,
        int? reviewSlots = null,
        int reviewsDoneToday = 0,
        IReadOnlyList<string>? revisits = null)
    {
        var queue = new List<QueueItem>();
        var dueToday = cards.Where(c => c.Due < endOfDay).ToList();

        // Learning steps already in today's session: they take no new slot, and come back once due.
        var learningNow = dueToday
            .Where(c => c.Phase is CardPhase.Learning or CardPhase.Relearning && reviewedToday.Contains(c.QuestionId) && c.Due <= now)
            .OrderBy(c => c.Due);
        queue.AddRange(learningNow.Select(c => new QueueItem(c.QuestionId, QueueReason.Learning)));

        var slots = Math.Max(0, target - reviewedToday.Count);
        var reviewBudget = Math.Min(slots, Math.Max(0, (reviewSlots ?? int.MaxValue) - reviewsDoneToday));
        var revisitIds = (revisits ?? []).Where(id => !reviewedToday.Contains(id)).Take(reviewBudget).ToList();
        queue.AddRange(revisitIds.Select(id => new QueueItem(id, QueueReason.Revisit)));
        slots -= revisitIds.Count;

        var reviews = dueToday
            .Where(c => !reviewedToday.Contains(c.QuestionId) && !revisitIds.Contains(c.QuestionId))
            .OrderBy(c => c.Retrievability)
            .ThenBy(c => c.Due)
            .ThenBy(c => c.QuestionId, StringComparer.Ordinal)
            .Select(c => new QueueItem(c.QuestionId, c.Phase == CardPhase.Review ? QueueReason.Review : QueueReason.Learning))
            .ToList();
        var capped = reviews.Take(reviewBudget - revisitIds.Count).ToList();
        queue.AddRange(capped);
        slots -= capped.Count;

        var fresh = newQuestionIds.Where(id => !reviewedToday.Contains(id)).Take(slots).Select(id => new QueueItem(id, QueueReason.New)).ToList();
        queue.AddRange(fresh);
        slots -= fresh.Count;

        // Nothing new left to learn: the reviews that waited for room take what is left of the day.
        queue.AddRange(reviews.Skip(capped.Count).Take(slots));
        return queue;
    }
}
