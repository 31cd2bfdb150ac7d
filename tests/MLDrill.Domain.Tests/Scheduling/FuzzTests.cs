using MLDrill.Domain.Scheduling;
using MLDrill.Domain.Tests.Scheduling.Support;

namespace MLDrill.Domain.Tests.Scheduling;

/// <summary>Review intervals are fuzzed within the references' ranges, reproducibly from a seed.</summary>
public class FuzzTests
{
    [Theory]
    // delta = 1 + 0.15·(min(i, 7) - 2.5)⁺ + 0.10·(min(i, 20) - 7)⁺ + 0.05·(i - 20)⁺, range = round(i ∓ delta)
    [InlineData(3, 0, 2, 4)]
    [InlineData(5, 0, 4, 6)]
    [InlineData(10, 0, 8, 12)]
    [InlineData(11, 0, 9, 13)]
    [InlineData(100, 0, 93, 107)]
    [InlineData(1000, 0, 948, 1052)]
    public void Range_matches_ts_fsrs_and_py_fsrs(int interval, int elapsedDays, int min, int max)
    {
        IntervalFuzz.Range(interval, elapsedDays, 36500).ShouldBe((min, max));
    }

    [Fact]
    public void Range_stays_above_the_delay_just_survived_like_ts_fsrs()
    {
        IntervalFuzz.Range(10, 9, 36500).ShouldBe((10, 12));
    }

    [Fact]
    public void Range_respects_the_maximum_interval()
    {
        // ts-fsrs next_ivl[max_limit]: the top of the range is the maximum interval
        IntervalFuzz.Range(365, 98, 365).Max.ShouldBe(365);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Intervals_under_two_and_a_half_days_are_not_fuzzed(int interval)
    {
        for (var seed = 0; seed < 100; seed++)
        {
            IntervalFuzz.Apply(interval, 0, 36500, seed).ShouldBe(interval);
        }
    }

    [Theory]
    [InlineData(3)]
    [InlineData(11)]
    [InlineData(46)]
    [InlineData(498)]
    public void Fuzzed_intervals_cover_the_whole_range_and_nothing_outside_it(int interval)
    {
        var (min, max) = IntervalFuzz.Range(interval, 0, 36500);

        var seen = Enumerable.Range(0, 5000).Select(seed => IntervalFuzz.Apply(interval, 0, 36500, seed)).ToHashSet();

        seen.Min().ShouldBe(min);
        seen.Max().ShouldBe(max);
    }

    [Fact]
    public void The_same_seed_gives_the_same_fraction_and_different_seeds_spread_over_0_to_1()
    {
        IntervalFuzz.Fraction(12345).ShouldBe(IntervalFuzz.Fraction(12345));

        var fractions = Enumerable.Range(-500, 1000).Select(IntervalFuzz.Fraction).ToList();

        fractions.ShouldAllBe(f => f >= 0 && f < 1);
        fractions.Average().ShouldBe(0.5, 0.05);
    }

    [Fact]
    public void Seeds_from_card_ids_are_stable_values_not_process_hash_codes()
    {
        // Pinned: a replay must give the same dates on every machine and in every run.
        IntervalFuzz.Seed("card-1", 1).ShouldBe(IntervalFuzz.Seed("card-1", 1));
        IntervalFuzz.Seed("", 0).ShouldBe(unchecked((int)(2166136261u * 16777619u)));
        IntervalFuzz.Seed("card-1", 2).ShouldNotBe(IntervalFuzz.Seed("card-1", 1));
        IntervalFuzz.Seed("card-2", 1).ShouldNotBe(IntervalFuzz.Seed("card-1", 1));
    }

    [Fact]
    public void The_scheduler_fuzzes_review_intervals_within_range_and_reproducibly()
    {
        var scheduler = new FsrsScheduler();
        var plain = Reviews.NoFuzz();
        var card = scheduler.Review(CardState.New(Reviews.Start), Rating.Easy, Reviews.Start, 0).After;
        var now = card.Due;
        var unfuzzed = (int)plain.Review(card, Rating.Good, now, 0).ScheduledDays;
        var (min, max) = IntervalFuzz.Range(unfuzzed, FsrsScheduler.ElapsedDays(card.LastReview, now), 36500);

        var days = Enumerable.Range(0, 300).Select(seed => scheduler.Review(card, Rating.Good, now, seed).ScheduledDays).ToList();

        days.ShouldAllBe(d => d >= min && d <= max);
        days.Distinct().Count().ShouldBeGreaterThan(1);
        scheduler.Review(card, Rating.Good, now, 17).ShouldBe(scheduler.Review(card, Rating.Good, now, 17));
    }
}
