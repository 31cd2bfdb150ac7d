using MLDrill.Domain.Scheduling;
using MLDrill.Domain.Tests.Scheduling.Support;

namespace MLDrill.Domain.Tests.Scheduling;

/// <summary>The references' scheduler tests: a fixed sequence of ratings, each given when the card falls due, fuzz off.</summary>
public class IntervalHistoryTests
{
    private static readonly Rating[] TestRatings1 =
    [
        Rating.Good, Rating.Good, Rating.Good, Rating.Good, Rating.Good, Rating.Good,
        Rating.Again, Rating.Again,
        Rating.Good, Rating.Good, Rating.Good, Rating.Good, Rating.Good,
    ];

    [Fact]
    public void Matches_py_fsrs_and_ts_fsrs_interval_history_with_default_weights()
    {
        // py-fsrs test_review_card / test_custom_scheduler_args; ts-fsrs FSRS-6.test.ts 'ivl_history'
        var outcomes = Reviews.AtEachDue(Reviews.NoFuzz(), TestRatings1);

        outcomes.Select(Reviews.IntervalDays).ShouldBe([0, 2, 11, 46, 163, 498, 0, 0, 2, 4, 7, 12, 21]);
    }

    [Fact]
    public void Matches_ts_fsrs_interval_history_with_FSRS5_weights()
    {
        // ts-fsrs FSRS-5.test.ts 'ivl_history'
        var scheduler = Reviews.NoFuzz(new SchedulerOptions { Parameters = TestParameters.TsFsrsFsrs5 });

        var outcomes = Reviews.AtEachDue(scheduler, TestRatings1);

        outcomes.Select(Reviews.IntervalDays).ShouldBe([0, 4, 14, 44, 125, 328, 0, 0, 7, 16, 34, 71, 142]);
    }

    [Fact]
    public void Matches_py_fsrs_memo_state_through_the_scheduler()
    {
        // py-fsrs test_memo_state and ts-fsrs 'memory state[short-term]': reviews on days 0, 0, 1, 4, 12, 33.
        var scheduler = new FsrsScheduler();
        var card = CardState.New(Reviews.Start);
        var now = Reviews.Start;
        (Rating Rating, int Days)[] history =
            [(Rating.Again, 0), (Rating.Good, 0), (Rating.Good, 1), (Rating.Good, 3), (Rating.Good, 8), (Rating.Good, 21)];
        foreach (var (rating, days) in history)
        {
            now = now.AddDays(days);
            card = scheduler.Review(card, rating, now, fuzzSeed: 7).After;
        }

        card.Memory!.Value.Stability.ShouldBeNear(53.62691);
        card.Memory.Value.Difficulty.ShouldBeNear(6.3574867);
    }

    [Fact]
    public void First_review_matches_ts_fsrs_first_repeat()
    {
        // ts-fsrs FSRS-6.test.ts 'first repeat'
        var preview = Reviews.NoFuzz().Preview(CardState.New(Reviews.Start), Reviews.Start, 0);
        ReviewOutcome[] outcomes = [preview.Again, preview.Hard, preview.Good, preview.Easy];

        outcomes.Select(o => o.After.Memory!.Value.Stability).ShouldBe([0.212, 1.2931, 2.3065, 8.2956]);
        outcomes.Select(o => o.After.Memory!.Value.Difficulty).ToList().ShouldBeNear([6.4133, 5.11217071, 2.11810397, 1]);
        outcomes.Select(o => o.After.Reps).ShouldBe([1, 1, 1, 1]);
        outcomes.Select(o => o.After.Lapses).ShouldBe([0, 0, 0, 0]);
        outcomes.Select(Reviews.IntervalDays).ShouldBe([0, 0, 0, 8]);
        outcomes.Select(o => o.After.Phase).ShouldBe([CardPhase.Learning, CardPhase.Learning, CardPhase.Learning, CardPhase.Review]);
    }

    [Fact]
    public void First_review_with_FSRS5_weights_matches_ts_fsrs_first_repeat()
    {
        // ts-fsrs FSRS-5.test.ts 'first repeat'
        var scheduler = Reviews.NoFuzz(new SchedulerOptions { Parameters = TestParameters.TsFsrsFsrs5 });

        var preview = scheduler.Preview(CardState.New(Reviews.Start), Reviews.Start, 0);

        preview.Easy.ScheduledDays.ShouldBe(16);
        preview.Easy.After.Memory!.Value.Difficulty.ShouldBeNear(3.22450159);
    }

    [Fact]
    public void Retrievability_at_the_due_date_matches_ts_fsrs()
    {
        // ts-fsrs FSRS-6.test.ts 'get retrievability': 1 for cards in steps, 0.9024733 for Easy (due in 8 days).
        var scheduler = Reviews.NoFuzz();
        var preview = scheduler.Preview(CardState.New(Reviews.Start), Reviews.Start.AddMinutes(5), 0);
        ReviewOutcome[] outcomes = [preview.Again, preview.Hard, preview.Good, preview.Easy];

        var retrievability = outcomes.Select(o => scheduler.Retrievability(o.After, o.After.Due)).ToList();

        retrievability.ShouldBeNear([1, 1, 1, 0.9024733]);
    }
}
