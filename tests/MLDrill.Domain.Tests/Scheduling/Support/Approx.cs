namespace MLDrill.Domain.Tests.Scheduling.Support;

internal static class Approx
{
    /// <summary>The references' golden values hold to this relative error (fsrs-rs computes in f32).</summary>
    public const double Relative = 1e-5;

    public static void ShouldBeNear(this double actual, double expected, double relative = Relative) =>
        actual.ShouldBe(expected, Math.Max(Math.Abs(expected) * relative, 1e-12));

    public static void ShouldBeNear(this IReadOnlyList<double> actual, IReadOnlyList<double> expected, double relative = Relative)
    {
        actual.Count.ShouldBe(expected.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            actual[i].ShouldBe(expected[i], Math.Max(Math.Abs(expected[i]) * relative, 1e-12), $"index {i}");
        }
    }
}
