using MLDrill.Domain.Scheduling;
using MLDrill.Domain.Tests.Scheduling.Support;

namespace MLDrill.Domain.Tests.Scheduling;

public class ReviewReplayTests
{
    private static ReviewEvent At(string card, int day, Rating rating, int minutes = 0) =>
        new(card, Reviews.Start.AddDays(day).AddMinutes(minutes), rating);

    [Fact]
    public void Replays_each_card_from_new_and_orders_by_card_then_time()
    {
        ReviewEvent[] log =
        [
            At("b", 3, Rating.Good), At("a", 0, Rating.Good), At("b", 0, Rating.Again), At("a", 0, Rating.Good, 10),
        ];

        var replayed = ReviewReplay.Replay(log, Reviews.NoFuzz());

        replayed.Select(r => r.Review).ShouldBe([log[1], log[3], log[2], log[0]]);
        replayed.Select(r => r.Outcome.After.Reps).ShouldBe([1, 2, 1, 2]);
        replayed[0].Outcome.RetrievabilityBefore.ShouldBeNull();
        replayed[2].Outcome.RetrievabilityBefore.ShouldBeNull();
        replayed[3].Outcome.RetrievabilityBefore.ShouldNotBeNull();
    }

    [Fact]
    public void Matches_the_fsrs_rs_memory_state_vector()
    {
        // Reviews on days 0, 0, 1, 4, 12, 33 with ratings 1, 3, 3, 3, 3, 3.
        ReviewEvent[] log =
        [
            At("c", 0, Rating.Again), At("c", 0, Rating.Good), At("c", 1, Rating.Good),
            At("c", 4, Rating.Good), At("c", 12, Rating.Good), At("c", 33, Rating.Good),
        ];

        var last = ReviewReplay.Replay(log, new FsrsScheduler())[^1].Outcome.After.Memory!.Value;

        last.Stability.ShouldBeNear(53.62691);
        last.Difficulty.ShouldBeNear(6.3574867);
    }

    [Fact]
    public void Matches_a_scheduler_review_loop_seeded_by_card_and_review_number()
    {
        ReviewEvent[] log = [At("x", 0, Rating.Easy), At("x", 9, Rating.Good), At("x", 40, Rating.Hard)];
        var scheduler = new FsrsScheduler();

        var replayed = ReviewReplay.Replay(log, scheduler);

        var card = CardState.New(log[0].ReviewTime);
        for (var i = 0; i < log.Length; i++)
        {
            var outcome = scheduler.Review(card, log[i].Rating, log[i].ReviewTime, IntervalFuzz.Seed("x", i + 1));
            replayed[i].Outcome.ShouldBe(outcome);
            card = outcome.After;
        }
    }

    [Fact]
    public void Gives_the_same_result_every_time()
    {
        var random = new Random(3);
        var log = Enumerable.Range(0, 200)
            .Select(_ => At($"card-{random.Next(10)}", random.Next(400), (Rating)random.Next(1, 5), random.Next(1440)))
            .ToList();

        ReviewReplay.Replay(log, new FsrsScheduler()).ShouldBe(ReviewReplay.Replay(log, new FsrsScheduler()));
    }

    [Fact]
    public void An_empty_log_replays_to_nothing()
    {
        ReviewReplay.Replay([], new FsrsScheduler()).ShouldBeEmpty();
    }
}
