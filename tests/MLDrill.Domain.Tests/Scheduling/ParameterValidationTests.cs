using MLDrill.Domain.Scheduling.Fsrs;
using MLDrill.Domain.Tests.Scheduling.Support;

namespace MLDrill.Domain.Tests.Scheduling;

public class ParameterValidationTests
{
    [Fact]
    public void Defaults_are_the_21_FSRS6_weights_of_the_references()
    {
        FsrsParameters.Default.Weights.ShouldBe(
        [
            0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796,
            1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542,
        ]);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(17)]
    [InlineData(19)]
    [InlineData(20)]
    [InlineData(24)]
    public void Anything_but_21_weights_is_rejected(int count)
    {
        var error = Should.Throw<ArgumentException>(() => new FsrsParameters(new double[count]));

        error.Message.ShouldContain($"FSRS-6 needs 21 parameters, got {count}");
        error.ParamName.ShouldBe("weights");
    }

    [Fact]
    public void A_weight_above_its_bound_is_named_with_the_bounds()
    {
        // py-fsrs test_scheduler_parameter_validation: parameters[6] = 100.
        var error = Should.Throw<ArgumentException>(() => new FsrsParameters(TestParameters.DefaultWith((6, 100))));

        error.Message.ShouldContain("w[6] = 100 is outside [0.001, 4]");
    }

    [Fact]
    public void A_weight_below_its_bound_is_named_with_the_bounds()
    {
        var error = Should.Throw<ArgumentException>(() => new FsrsParameters(TestParameters.DefaultWith((10, -42))));

        error.Message.ShouldContain("w[10] = -42 is outside [0.001, 3.5]");
    }

    [Fact]
    public void Every_bad_weight_is_reported_at_once()
    {
        var error = Should.Throw<ArgumentException>(() => new FsrsParameters(TestParameters.DefaultWith((0, 0), (3, 101))));

        error.Message.ShouldContain("w[0] = 0 is outside [0.001, 100]");
        error.Message.ShouldContain("w[3] = 101 is outside [0.001, 100]");
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Non_finite_weights_are_rejected(double value)
    {
        var error = Should.Throw<ArgumentException>(() => new FsrsParameters(TestParameters.DefaultWith((20, value))));

        error.Message.ShouldContain("w[20] = ");
        error.Message.ShouldContain("is outside [0.1, 0.8]");
    }

    [Fact]
    public void Decay_must_stay_within_the_trained_range()
    {
        Should.Throw<ArgumentException>(() => new FsrsParameters(TestParameters.DefaultWith((20, 0.05))))
            .Message.ShouldContain("w[20] = 0.05 is outside [0.1, 0.8]");
    }

    [Fact]
    public void The_weights_are_copied_so_the_caller_cannot_change_them_later()
    {
        var weights = FsrsParameters.Default.Weights.ToArray();
        var parameters = new FsrsParameters(weights);

        weights[0] = 99;

        parameters[0].ShouldBe(0.212);
    }

    [Fact]
    public void Parameter_sets_of_the_references_tests_are_valid()
    {
        Should.NotThrow(() => TestParameters.FsrsRsFsrs5);
        Should.NotThrow(() => TestParameters.TsFsrsFsrs5);
    }
}
