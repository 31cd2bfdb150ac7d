using MLDrill.Domain.Scheduling.Fsrs;
using MLDrill.Domain.Tests.Scheduling.Support;

namespace MLDrill.Domain.Tests.Scheduling;

public class ForgettingCurveTests
{
    private static readonly FsrsAlgorithm Fsrs = FsrsAlgorithm.Default;

    [Fact]
    public void Factor_makes_retrievability_exactly_90_percent_when_elapsed_days_equal_stability()
    {
        Fsrs.Decay.ShouldBe(-0.1542);
        Fsrs.Factor.ShouldBe(Math.Pow(0.9, -1 / 0.1542) - 1, 1e-15);
        foreach (var stability in new[] { 0.001, 1, 8.2956, 365, 36500 })
        {
            Fsrs.Retrievability(stability, stability).ShouldBe(0.9, 1e-12);
        }
    }

    [Fact]
    public void Matches_fsrs_rs_power_forgetting_curve()
    {
        // fsrs-rs model.rs test_power_forgetting_curve
        double[] elapsed = [0, 1, 2, 3, 4, 5];
        double[] stability = [1, 2, 3, 4, 4, 2];

        var retrievability = elapsed.Select((t, i) => Fsrs.Retrievability(t, stability[i])).ToList();

        retrievability.ShouldBeNear([1.0, 0.9403443, 0.9253786, 0.9185229, 0.9, 0.8261359]);
    }

    [Fact]
    public void Matches_ts_fsrs_forgetting_curve()
    {
        // ts-fsrs algorithm.test.ts 'forgetting_curve': S = 1, t = 0..3
        var retrievability = new double[] { 0, 1, 2, 3 }.Select(t => Fsrs.Retrievability(t, 1)).ToList();

        retrievability.ShouldBeNear([1.0, 0.9, 0.84588465, 0.8093881]);
    }

    [Fact]
    public void Follows_the_decay_weight_w20()
    {
        // fsrs-rs inference.rs test_current_retrievability, decay 0.2
        var fsrs = new FsrsAlgorithm(new FsrsParameters(TestParameters.DefaultWith((20, 0.2))));

        var retrievability = new double[] { 0, 1, 2, 3 }.Select(t => fsrs.Retrievability(t, 1)).ToList();

        retrievability.ShouldBeNear([1.0, 0.9, 0.84028935, 0.7985001]);
    }

    [Theory]
    [InlineData(-1, 1)]
    [InlineData(double.NaN, 1)]
    [InlineData(1, 0)]
    [InlineData(1, -3)]
    public void Rejects_negative_time_and_non_positive_stability(double elapsedDays, double stability)
    {
        Should.Throw<ArgumentOutOfRangeException>(() => Fsrs.Retrievability(elapsedDays, stability));
    }
}
