namespace MLDrill.Domain.Scheduling;

/// <summary>One logged review: which card, when (UTC), and the rating given.</summary>
public sealed record ReviewEvent(string CardId, DateTimeOffset ReviewTime, Rating Rating);

/// <summary>A logged review and what the scheduler made of it.</summary>
public sealed record ReplayedReview(ReviewEvent Review, ReviewOutcome Outcome);

/// <summary>Replays a review log through a scheduler, from new cards, to rebuild every card's state.</summary>
public static class ReviewReplay
{
    /// <summary>
    /// Each card starts new at its first review. Results are ordered by card id (ordinal), then by review time;
    /// reviews of one card at the same time keep their input order. The fuzz seed of a card's n-th review
    /// (1-based) is <see cref="IntervalFuzz.Seed"/>(card id, n), so a replay always gives the same dates.
    /// </summary>
    public static IReadOnlyList<ReplayedReview> Replay(IEnumerable<ReviewEvent> reviews, FsrsScheduler scheduler)
    {
        ArgumentNullException.ThrowIfNull(reviews);
        ArgumentNullException.ThrowIfNull(scheduler);

        var replayed = new List<ReplayedReview>();
        var byCard = reviews
            .GroupBy(review => review.CardId, StringComparer.Ordinal)
            .OrderBy(group => group.Key, StringComparer.Ordinal);
        foreach (var cardReviews in byCard)
        {
            var ordered = cardReviews.OrderBy(review => review.ReviewTime).ToList();
            var card = CardState.New(ordered[0].ReviewTime);
            for (var i = 0; i < ordered.Count; i++)
            {
                var review = ordered[i];
                var outcome = scheduler.Review(card, review.Rating, review.ReviewTime, IntervalFuzz.Seed(review.CardId, i + 1));
                replayed.Add(new ReplayedReview(review, outcome));
                card = outcome.After;
            }
        }

        return replayed;
    }
}
