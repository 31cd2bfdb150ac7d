using MLDrill.Domain.Scheduling;
using MLDrill.Domain.Tests.Scheduling.Support;

namespace MLDrill.Domain.Tests.Scheduling;

/// <summary>Review cards are scheduled in whole days from their stability.</summary>
public class ReviewPhaseTests
{
    private static CardState ReviewCard(FsrsScheduler scheduler) =>
        scheduler.Review(CardState.New(Reviews.Start), Rating.Easy, Reviews.Start, 0).After;

    [Fact]
    public void Intervals_are_whole_days_from_the_rounded_raw_interval()
    {
        var scheduler = Reviews.NoFuzz();
        var card = ReviewCard(scheduler);

        var outcome = scheduler.Review(card, Rating.Good, card.Due, 0);

        var raw = scheduler.Algorithm.NextInterval(outcome.After.Memory!.Value.Stability, 0.9);
        outcome.ScheduledDays.ShouldBe(Math.Round(raw, MidpointRounding.AwayFromZero));
        outcome.After.Due.ShouldBe(card.Due.AddDays(outcome.ScheduledDays));
    }

    [Fact]
    public void Hard_Good_and_Easy_land_on_different_days_even_when_stability_rounds_alike()
    {
        // Same-day reviews barely change stability, so the three rounded intervals coincide; ts-fsrs spreads them.
        var scheduler = Reviews.NoFuzz();
        var card = ReviewCard(scheduler);

        var preview = scheduler.Preview(card, card.LastReview!.Value.AddHours(1), 0);

        preview.Hard.ScheduledDays.ShouldBeLessThan(preview.Good.ScheduledDays);
        preview.Good.ScheduledDays.ShouldBeLessThan(preview.Easy.ScheduledDays);
    }

    [Fact]
    public void Intervals_never_exceed_the_maximum_interval()
    {
        // py-fsrs test_maximum_interval; ts-fsrs next_ivl[max_limit]
        var scheduler = new FsrsScheduler(new SchedulerOptions { MaximumInterval = 100 });
        var card = CardState.New(Reviews.Start);
        foreach (var rating in new[] { Rating.Easy, Rating.Good, Rating.Easy, Rating.Good, Rating.Easy, Rating.Easy })
        {
            var preview = scheduler.Preview(card, card.Due, 3);
            preview.Easy.ScheduledDays.ShouldBeLessThanOrEqualTo(100);
            preview.Good.ScheduledDays.ShouldBeLessThanOrEqualTo(100);
            card = preview.For(rating).After;
        }

        card.Memory!.Value.Stability.ShouldBeGreaterThan(100);
    }

    [Fact]
    public void Outcome_reports_the_retrievability_before_the_review()
    {
        var scheduler = Reviews.NoFuzz();
        var card = ReviewCard(scheduler);
        var late = card.Due.AddDays(4);

        var outcome = scheduler.Review(card, Rating.Good, late, 0);

        outcome.RetrievabilityBefore.ShouldBe(scheduler.Algorithm.Retrievability(12, card.Memory!.Value.Stability));
        outcome.After.Reps.ShouldBe(2);
        outcome.After.LastReview.ShouldBe(late);
    }

    [Fact]
    public void A_first_review_has_no_retrievability_before_it()
    {
        Reviews.NoFuzz().Review(CardState.New(Reviews.Start), Rating.Good, Reviews.Start, 0).RetrievabilityBefore.ShouldBeNull();
    }

    [Fact]
    public void A_card_never_reviewed_has_retrievability_0_like_py_fsrs_and_ts_fsrs()
    {
        new FsrsScheduler().Retrievability(CardState.New(Reviews.Start), Reviews.Start.AddDays(3)).ShouldBe(0);
    }

    [Fact]
    public void Preview_gives_the_outcome_of_each_rating_with_the_same_seed()
    {
        var scheduler = new FsrsScheduler();
        var card = ReviewCard(scheduler);
        var now = card.Due.AddDays(30);

        var preview = scheduler.Preview(card, now, 42);

        foreach (var rating in new[] { Rating.Again, Rating.Hard, Rating.Good, Rating.Easy })
        {
            preview.For(rating).ShouldBe(scheduler.Review(card, rating, now, 42));
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    public void Ratings_outside_1_to_4_are_rejected(int rating)
    {
        Should.Throw<ArgumentOutOfRangeException>(() =>
            new FsrsScheduler().Review(CardState.New(Reviews.Start), (Rating)rating, Reviews.Start, 0));
    }
}
