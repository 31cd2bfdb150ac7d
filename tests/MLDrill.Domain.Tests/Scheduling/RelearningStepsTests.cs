using MLDrill.Domain.Scheduling;
using MLDrill.Domain.Tests.Scheduling.Support;

namespace MLDrill.Domain.Tests.Scheduling;

/// <summary>A review card rated Again lapses into the relearning steps (10m by default) as in py-fsrs.</summary>
public class RelearningStepsTests
{
    private static CardState LapsedCard(FsrsScheduler scheduler)
    {
        var review = scheduler.Review(CardState.New(Reviews.Start), Rating.Easy, Reviews.Start, 0).After;
        return scheduler.Review(review, Rating.Again, review.Due, 0).After;
    }

    [Fact]
    public void Again_in_review_starts_relearning_and_counts_a_lapse()
    {
        // py-fsrs test_review_state / test_relearning
        var lapsed = LapsedCard(Reviews.NoFuzz());

        lapsed.Phase.ShouldBe(CardPhase.Relearning);
        lapsed.Step.ShouldBe(0);
        lapsed.Lapses.ShouldBe(1);
        (lapsed.Due - lapsed.LastReview!.Value).ShouldBe(TimeSpan.FromMinutes(10));
    }

    [Fact]
    public void Again_in_relearning_stays_on_the_first_step_without_a_new_lapse()
    {
        var scheduler = Reviews.NoFuzz();
        var lapsed = LapsedCard(scheduler);

        var after = scheduler.Review(lapsed, Rating.Again, lapsed.Due, 0).After;

        after.Phase.ShouldBe(CardPhase.Relearning);
        after.Step.ShouldBe(0);
        after.Lapses.ShouldBe(1);
        (after.Due - lapsed.Due).ShouldBe(TimeSpan.FromMinutes(10));
    }

    [Fact]
    public void Good_on_the_last_relearning_step_returns_to_review()
    {
        var scheduler = Reviews.NoFuzz();
        var lapsed = LapsedCard(scheduler);

        var outcome = scheduler.Review(lapsed, Rating.Good, lapsed.Due, 0);

        outcome.After.Phase.ShouldBe(CardPhase.Review);
        outcome.ScheduledDays.ShouldBeGreaterThanOrEqualTo(1);
    }

    [Fact]
    public void Hard_with_one_relearning_step_waits_one_and_a_half_steps()
    {
        // py-fsrs test_relearning_card_rate_hard_one_relearning_step
        var scheduler = Reviews.NoFuzz();
        var lapsed = LapsedCard(scheduler);

        var after = scheduler.Review(lapsed, Rating.Hard, lapsed.Due, 0).After;

        after.Phase.ShouldBe(CardPhase.Relearning);
        (after.Due - lapsed.Due).ShouldBe(TimeSpan.FromMinutes(15));
    }

    [Fact]
    public void Two_relearning_steps_follow_the_py_fsrs_rules()
    {
        // py-fsrs test_relearning_card_rate_hard_two_relearning_steps
        var scheduler = Reviews.NoFuzz(new SchedulerOptions { RelearningSteps = [TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(10)] });
        var lapsed = LapsedCard(scheduler);

        var hard = scheduler.Review(lapsed, Rating.Hard, lapsed.Due, 0).After;
        (hard.Phase, hard.Step).ShouldBe((CardPhase.Relearning, 0));
        (hard.Due - lapsed.Due).ShouldBe(TimeSpan.FromSeconds(330));

        var good = scheduler.Review(hard, Rating.Good, hard.Due, 0).After;
        (good.Phase, good.Step).ShouldBe((CardPhase.Relearning, 1));
        (good.Due - hard.Due).ShouldBe(TimeSpan.FromMinutes(10));

        var hardAgain = scheduler.Review(good, Rating.Hard, good.Due, 0).After;
        (hardAgain.Phase, hardAgain.Step).ShouldBe((CardPhase.Relearning, 1));
        (hardAgain.Due - good.Due).ShouldBe(TimeSpan.FromMinutes(10));

        scheduler.Review(hardAgain, Rating.Easy, hardAgain.Due, 0).After.Phase.ShouldBe(CardPhase.Review);
    }

    [Fact]
    public void Without_relearning_steps_a_lapse_stays_in_review_with_a_day_interval()
    {
        // py-fsrs test_no_relearning_steps
        var scheduler = Reviews.NoFuzz(new SchedulerOptions { RelearningSteps = [] });
        var review = scheduler.Review(CardState.New(Reviews.Start), Rating.Easy, Reviews.Start, 0).After;

        var outcome = scheduler.Review(review, Rating.Again, review.Due, 0);

        outcome.After.Phase.ShouldBe(CardPhase.Review);
        outcome.After.Lapses.ShouldBe(1);
        outcome.ScheduledDays.ShouldBeGreaterThanOrEqualTo(1);
    }

    [Fact]
    public void A_relearning_card_reviewed_days_late_uses_long_term_stability()
    {
        // py-fsrs test_long_term_stability_learning_state
        var scheduler = Reviews.NoFuzz();
        var lapsed = LapsedCard(scheduler);
        var late = lapsed.Due.AddDays(1);

        var after = scheduler.Review(lapsed, Rating.Good, late, 0).After;

        after.Phase.ShouldBe(CardPhase.Review);
        var expected = scheduler.Algorithm.NextState(lapsed.Memory, 1, Rating.Good);
        after.Memory.ShouldBe(expected);
    }
}
