using MLDrill.Domain.Scheduling.Fsrs;

namespace MLDrill.Domain.Tests.Scheduling.Support;

/// <summary>Parameter sets the references' own tests use.</summary>
internal static class TestParameters
{
    /// <summary>fsrs-rs <c>inference.rs</c> tests' 19 FSRS-5 weights, filled to 21 as fsrs-rs does (w19 = 0, decay 0.5).</summary>
    public static FsrsParameters FsrsRsFsrs5 { get; } = new(
    [
        0.6845422, 1.6790825, 4.7349424, 10.042885, 7.4410233, 0.64219797, 1.071918, 0.0025195254,
        1.432437, 0.1544, 0.8692766, 2.0696752, 0.0953, 0.2975, 2.4691248, 0.19542035, 3.201072,
        0.18046261, 0.121442534, 0.0, 0.5,
    ]);

    /// <summary>ts-fsrs <c>FSRS-5.test.ts</c> weights, filled to 21 as ts-fsrs does (w19 = 0, decay 0.5).</summary>
    public static FsrsParameters TsFsrsFsrs5 { get; } = new(
    [
        0.40255, 1.18385, 3.173, 15.69105, 7.1949, 0.5345, 1.4604, 0.0046, 1.54575, 0.1192, 1.01925,
        1.9395, 0.11, 0.29605, 2.2698, 0.2315, 2.9898, 0.51655, 0.6621, 0.0, 0.5,
    ]);

    /// <summary>The defaults with some weights replaced.</summary>
    public static double[] DefaultWith(params (int Index, double Value)[] changes)
    {
        var weights = FsrsParameters.Default.Weights.ToArray();
        foreach (var (index, value) in changes)
        {
            weights[index] = value;
        }

        return weights;
    }
}
