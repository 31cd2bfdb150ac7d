using MLDrill.Domain.Scheduling;
using MLDrill.Domain.Scheduling.Fsrs;

namespace MLDrill.Domain.Tests.Scheduling;

/// <summary>Invariants over many random review histories (seeded, so a failure reproduces).</summary>
public class InvariantPropertyTests
{
    private const int Histories = 400;
    private static readonly Rating[] AllRatings = [Rating.Again, Rating.Hard, Rating.Good, Rating.Easy];

    private static TimeSpan RandomGap(Random random) => random.Next(4) switch
    {
        0 => TimeSpan.FromMinutes(random.Next(0, 60)),
        1 => TimeSpan.FromHours(random.Next(1, 48)),
        2 => TimeSpan.FromDays(random.Next(1, 60)),
        _ => TimeSpan.FromDays(random.Next(60, 3000)),
    };

    private static IEnumerable<(FsrsScheduler Scheduler, CardState Card, DateTimeOffset Now, int Seed)> RandomMoments(int seed)
    {
        var random = new Random(seed);
        FsrsScheduler[] schedulers =
        [
            new(),
            new(new SchedulerOptions { DesiredRetention = 0.7, MaximumInterval = 365 }),
            new(new SchedulerOptions { LearningSteps = [], RelearningSteps = [] }),
            new(new SchedulerOptions { LearningSteps = [TimeSpan.FromMinutes(10)], DesiredRetention = 0.97 }),
        ];
        for (var h = 0; h < Histories; h++)
        {
            var scheduler = schedulers[h % schedulers.Length];
            var now = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero).AddMinutes(random.Next(0, 100_000));
            var card = CardState.New(now);
            var reviews = random.Next(1, 40);
            for (var i = 0; i < reviews; i++)
            {
                var fuzzSeed = random.Next();
                yield return (scheduler, card, now, fuzzSeed);
                card = scheduler.Review(card, AllRatings[random.Next(4)], now, fuzzSeed).After;
                now += RandomGap(random);
            }
        }
    }

    [Fact]
    public void Memory_stays_in_range_after_any_history()
    {
        foreach (var (scheduler, card, now, seed) in RandomMoments(20240601))
        {
            foreach (var rating in AllRatings)
            {
                var outcome = scheduler.Review(card, rating, now, seed);
                var memory = outcome.After.Memory!.Value;

                memory.Stability.ShouldBeGreaterThanOrEqualTo(FsrsAlgorithm.MinStability);
                memory.Stability.ShouldBeLessThanOrEqualTo(FsrsAlgorithm.MaxStability);
                memory.Difficulty.ShouldBeInRange(FsrsAlgorithm.MinDifficulty, FsrsAlgorithm.MaxDifficulty);
                if (outcome.RetrievabilityBefore is { } before)
                {
                    before.ShouldBeGreaterThan(0);
                    before.ShouldBeLessThanOrEqualTo(1);
                }
            }
        }
    }

    [Fact]
    public void Retrievability_is_in_0_to_1_and_falls_with_time()
    {
        foreach (var (scheduler, card, now, _) in RandomMoments(7))
        {
            if (card.Memory is null)
            {
                continue;
            }

            var r = scheduler.Retrievability(card, now);
            r.ShouldBeGreaterThan(0);
            r.ShouldBeLessThanOrEqualTo(1);
            scheduler.Retrievability(card, now.AddDays(30)).ShouldBeLessThanOrEqualTo(r);
        }
    }

    [Fact]
    public void Scheduled_intervals_never_decrease_from_Again_to_Easy_and_stay_within_the_maximum()
    {
        foreach (var (scheduler, card, now, seed) in RandomMoments(99))
        {
            var preview = scheduler.Preview(card, now, seed);
            double[] days = [preview.Again.ScheduledDays, preview.Hard.ScheduledDays, preview.Good.ScheduledDays, preview.Easy.ScheduledDays];

            days.ShouldBe(days.Order().ToArray(), $"{card} at {now:O}");
            days.ShouldAllBe(d => d > 0 && d <= scheduler.Options.MaximumInterval);
            foreach (var outcome in new[] { preview.Again, preview.Hard, preview.Good, preview.Easy })
            {
                outcome.After.Due.ShouldBeGreaterThan(now);
            }
        }
    }

    [Fact]
    public void Raw_intervals_and_stabilities_never_decrease_from_Again_to_Easy()
    {
        var random = new Random(31337);
        for (var i = 0; i < 5000; i++)
        {
            var memory = new MemoryState(Math.Exp(random.NextDouble() * 17 - 6.9), 1 + random.NextDouble() * 9);
            var elapsedDays = random.Next(3) == 0 ? 0 : random.Next(1, 5000);
            var retention = 0.5 + random.NextDouble() * 0.49;

            var next = FsrsAlgorithm.Default.NextStates(memory, elapsedDays, retention);

            next.Again.Interval.ShouldBeLessThanOrEqualTo(next.Hard.Interval);
            next.Hard.Interval.ShouldBeLessThanOrEqualTo(next.Good.Interval);
            next.Good.Interval.ShouldBeLessThanOrEqualTo(next.Easy.Interval);
        }
    }

    [Fact]
    public void The_same_history_and_seeds_give_the_same_states()
    {
        var first = RandomMoments(5).Select(m => m.Scheduler.Review(m.Card, Rating.Good, m.Now, m.Seed)).ToList();
        var second = RandomMoments(5).Select(m => m.Scheduler.Review(m.Card, Rating.Good, m.Now, m.Seed)).ToList();

        second.ShouldBe(first);
    }

    [Fact]
    public void Stability_stays_above_S_MIN_after_a_thousand_lapses()
    {
        // py-fsrs test_stability_lower_bound
        var scheduler = new FsrsScheduler();
        var card = CardState.New(DateTimeOffset.UnixEpoch);
        for (var i = 0; i < 1000; i++)
        {
            card = scheduler.Review(card, Rating.Again, card.Due.AddDays(1), i).After;
            card.Memory!.Value.Stability.ShouldBeGreaterThanOrEqualTo(FsrsAlgorithm.MinStability);
        }
    }
}
