using MLDrill.Domain.Scheduling;
using MLDrill.Domain.Tests.Scheduling.Support;

namespace MLDrill.Domain.Tests.Scheduling;

/// <summary>New and learning cards move through the learning steps (1m, 10m by default) as in py-fsrs.</summary>
public class LearningStepsTests
{
    private static readonly FsrsScheduler Scheduler = Reviews.NoFuzz();
    private static readonly CardState NewCard = CardState.New(Reviews.Start);

    private static ReviewOutcome ReviewNew(Rating rating, FsrsScheduler? scheduler = null) =>
        (scheduler ?? Scheduler).Review(NewCard, rating, NewCard.Due, 0);

    [Fact]
    public void Again_goes_to_the_first_step()
    {
        var after = ReviewNew(Rating.Again).After;

        after.Phase.ShouldBe(CardPhase.Learning);
        after.Step.ShouldBe(0);
        (after.Due - Reviews.Start).ShouldBe(TimeSpan.FromMinutes(1));
    }

    [Fact]
    public void Hard_on_the_first_step_waits_the_average_of_the_first_two_steps()
    {
        // py-fsrs test_hard_learning_steps: 330 seconds
        var after = ReviewNew(Rating.Hard).After;

        after.Phase.ShouldBe(CardPhase.Learning);
        after.Step.ShouldBe(0);
        (after.Due - Reviews.Start).ShouldBe(TimeSpan.FromSeconds(330));
    }

    [Fact]
    public void Hard_with_a_single_step_waits_one_and_a_half_steps()
    {
        // py-fsrs test_learning_card_rate_hard_one_learning_step
        var scheduler = Reviews.NoFuzz(new SchedulerOptions { LearningSteps = [TimeSpan.FromMinutes(10)] });

        var after = ReviewNew(Rating.Hard, scheduler).After;

        (after.Due - Reviews.Start).ShouldBe(TimeSpan.FromMinutes(15));
    }

    [Fact]
    public void Hard_on_a_later_step_repeats_that_step()
    {
        // py-fsrs test_learning_card_rate_hard_second_learning_step
        var onSecondStep = ReviewNew(Rating.Good).After;

        var after = Scheduler.Review(onSecondStep, Rating.Hard, onSecondStep.Due, 0).After;

        after.Phase.ShouldBe(CardPhase.Learning);
        after.Step.ShouldBe(1);
        (after.Due - onSecondStep.Due).ShouldBe(TimeSpan.FromMinutes(10));
    }

    [Fact]
    public void Good_moves_to_the_next_step()
    {
        // py-fsrs test_good_learning_steps
        var after = ReviewNew(Rating.Good).After;

        after.Phase.ShouldBe(CardPhase.Learning);
        after.Step.ShouldBe(1);
        (after.Due - Reviews.Start).ShouldBe(TimeSpan.FromMinutes(10));
    }

    [Fact]
    public void Good_on_the_last_step_graduates_to_review_in_whole_days()
    {
        var onSecondStep = ReviewNew(Rating.Good).After;

        var outcome = Scheduler.Review(onSecondStep, Rating.Good, onSecondStep.Due, 0);

        outcome.After.Phase.ShouldBe(CardPhase.Review);
        outcome.After.Step.ShouldBe(0);
        outcome.ScheduledDays.ShouldBe(2);
        (outcome.After.Due - onSecondStep.Due).ShouldBe(TimeSpan.FromDays(2));
    }

    [Fact]
    public void Easy_graduates_at_once()
    {
        // py-fsrs test_easy_learning_steps
        var outcome = ReviewNew(Rating.Easy);

        outcome.After.Phase.ShouldBe(CardPhase.Review);
        outcome.ScheduledDays.ShouldBe(8);
    }

    [Fact]
    public void Without_learning_steps_every_rating_graduates()
    {
        // py-fsrs test_no_learning_steps
        var scheduler = Reviews.NoFuzz(new SchedulerOptions { LearningSteps = [] });

        var after = ReviewNew(Rating.Again, scheduler).After;

        after.Phase.ShouldBe(CardPhase.Review);
        (after.Due - after.LastReview!.Value).TotalDays.ShouldBeGreaterThanOrEqualTo(1);
    }

    [Fact]
    public void A_card_on_a_step_the_options_no_longer_have_graduates_on_a_pass_and_restarts_on_Again()
    {
        // py-fsrs test_one_card_multiple_schedulers
        var onSecondStep = ReviewNew(Rating.Good).After;
        var oneStep = Reviews.NoFuzz(new SchedulerOptions { LearningSteps = [TimeSpan.FromMinutes(1)] });

        oneStep.Review(onSecondStep, Rating.Hard, onSecondStep.Due, 0).After.Phase.ShouldBe(CardPhase.Review);
        var again = oneStep.Review(onSecondStep, Rating.Again, onSecondStep.Due, 0).After;
        again.Phase.ShouldBe(CardPhase.Learning);
        again.Step.ShouldBe(0);
    }

    [Fact]
    public void Learning_steps_are_never_fuzzed_and_report_fractional_days()
    {
        var fuzzed = new FsrsScheduler();

        var outcome = fuzzed.Review(NewCard, Rating.Good, NewCard.Due, 12345);

        outcome.ScheduledDays.ShouldBe(10.0 / (24 * 60), 1e-12);
    }
}
