namespace MLDrill.Domain.Scheduling;

/// <summary>
/// The card after one review. <paramref name="ScheduledDays"/> is the time to the new due date in days:
/// whole days in the review phase, a fraction of a day for a (re)learning step (10 minutes ≈ 0.00694).
/// <paramref name="RetrievabilityBefore"/> is the predicted recall probability at the review; null for a
/// card's first review, which has no memory yet.
/// </summary>
public sealed record ReviewOutcome(CardState After, double ScheduledDays, double? RetrievabilityBefore);

/// <summary>The outcome of each rating for one card at one moment, so a UI can show "Good → 3 days".</summary>
public sealed record ReviewPreview(ReviewOutcome Again, ReviewOutcome Hard, ReviewOutcome Good, ReviewOutcome Easy)
    : PerRating<ReviewOutcome>(Again, Hard, Good, Easy);
