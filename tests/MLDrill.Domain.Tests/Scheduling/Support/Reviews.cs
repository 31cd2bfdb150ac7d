using MLDrill.Domain.Scheduling;

namespace MLDrill.Domain.Tests.Scheduling.Support;

/// <summary>Builders for review sequences.</summary>
internal static class Reviews
{
    /// <summary>The start time py-fsrs and ts-fsrs tests use: 2022-11-29 12:30 UTC.</summary>
    public static readonly DateTimeOffset Start = new(2022, 11, 29, 12, 30, 0, TimeSpan.Zero);

    public static FsrsScheduler NoFuzz(SchedulerOptions? options = null) =>
        new((options ?? SchedulerOptions.Default) with { EnableFuzz = false });

    /// <summary>Reviews a new card with each rating exactly when it falls due, as the references' interval tests do.</summary>
    public static List<ReviewOutcome> AtEachDue(FsrsScheduler scheduler, IEnumerable<Rating> ratings, int fuzzSeed = 0)
    {
        var card = CardState.New(Start);
        var outcomes = new List<ReviewOutcome>();
        foreach (var rating in ratings)
        {
            var outcome = scheduler.Review(card, rating, card.Due, fuzzSeed);
            outcomes.Add(outcome);
            card = outcome.After;
        }

        return outcomes;
    }

    /// <summary>Whole days from a review to the due date it set, as py-fsrs's <c>(due - last_review).days</c>.</summary>
    public static int IntervalDays(ReviewOutcome outcome) =>
        (outcome.After.Due - outcome.After.LastReview!.Value).Days;
}
