using MLDrill.Domain.Scheduling;

namespace MLDrill.Domain.Tests.Scheduling;

public class SchedulerOptionsTests
{
    [Fact]
    public void Defaults_are_py_fsrs_defaults()
    {
        var options = SchedulerOptions.Default;

        options.DesiredRetention.ShouldBe(0.9);
        options.LearningSteps.ShouldBe([TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(10)]);
        options.RelearningSteps.ShouldBe([TimeSpan.FromMinutes(10)]);
        options.MaximumInterval.ShouldBe(36500);
        options.EnableFuzz.ShouldBeTrue();
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1.5)]
    [InlineData(double.NaN)]
    public void Desired_retention_outside_0_to_1_is_rejected(double retention)
    {
        Should.Throw<ArgumentException>(() => new FsrsScheduler(new SchedulerOptions { DesiredRetention = retention }))
            .Message.ShouldContain("DesiredRetention must be in (0, 1]");
    }

    [Fact]
    public void Maximum_interval_must_be_at_least_a_day()
    {
        Should.Throw<ArgumentException>(() => new FsrsScheduler(new SchedulerOptions { MaximumInterval = 0 }))
            .Message.ShouldContain("MaximumInterval must be at least 1 day, got 0");
    }

    [Fact]
    public void Steps_must_be_positive()
    {
        var error = Should.Throw<ArgumentException>(() => new FsrsScheduler(new SchedulerOptions
        {
            LearningSteps = [TimeSpan.FromMinutes(1), TimeSpan.Zero],
            RelearningSteps = [TimeSpan.FromMinutes(-5)],
        }));

        error.Message.ShouldContain("LearningSteps must all be positive");
        error.Message.ShouldContain("RelearningSteps must all be positive");
    }

    [Fact]
    public void Negative_steps_on_a_card_are_rejected()
    {
        var card = CardState.New(DateTimeOffset.UnixEpoch) with { Step = -1 };

        Should.Throw<ArgumentException>(() => new FsrsScheduler().Review(card, Rating.Good, DateTimeOffset.UnixEpoch, 0));
    }
}
