using System.Collections.Immutable;
using System.Globalization;

namespace MLDrill.Domain.Scheduling.Fsrs;

/// <summary>
/// The 21 FSRS-6 weights w[0]..w[20], checked against the bounds the references train within
/// (py-fsrs <c>LOWER/UPPER_BOUNDS_PARAMETERS</c>, fsrs-rs <c>clip_parameters</c>).
/// </summary>
public sealed class FsrsParameters
{
    /// <summary>How many weights FSRS-6 has.</summary>
    public const int Count = 21;

    private static readonly (double Min, double Max)[] Bounds =
    [
        (0.001, 100), (0.001, 100), (0.001, 100), (0.001, 100), // w0..w3: initial stability per rating
        (1, 10),      // w4: initial difficulty for Again
        (0.001, 4),   // w5: initial difficulty, exponent per rating
        (0.001, 4),   // w6: difficulty change per rating
        (0.001, 0.75), // w7: mean reversion weight
        (0, 4.5),     // w8: recall stability, scale (as e^w8)
        (0, 0.8),     // w9: recall stability, power of S
        (0.001, 3.5), // w10: recall stability, weight of (1 - R)
        (0.001, 5),   // w11: forget stability, scale
        (0.001, 0.25), // w12: forget stability, power of D
        (0.001, 0.9), // w13: forget stability, power of S + 1
        (0, 4),       // w14: forget stability, weight of (1 - R)
        (0, 1),       // w15: Hard penalty
        (1, 6),       // w16: Easy bonus
        (0, 2),       // w17: short-term stability, scale
        (0, 2),       // w18: short-term stability, offset
        (0, 0.8),     // w19: short-term stability, power of S
        (0.1, 0.8),   // w20: decay of the forgetting curve
    ];

    /// <summary>The FSRS-6 defaults, identical in fsrs-rs, ts-fsrs and py-fsrs.</summary>
    public static FsrsParameters Default { get; } = new(
    [
        0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796,
        1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542,
    ]);

    /// <exception cref="ArgumentException">Not 21 weights, or a weight not finite or out of its bounds.</exception>
    public FsrsParameters(IReadOnlyList<double> weights)
    {
        ArgumentNullException.ThrowIfNull(weights);
        if (weights.Count != Count)
        {
            throw new ArgumentException($"FSRS-6 needs {Count} parameters, got {weights.Count}.", nameof(weights));
        }

        var problems = new List<string>();
        for (var i = 0; i < Count; i++)
        {
            var (min, max) = Bounds[i];
            if (!double.IsFinite(weights[i]) || weights[i] < min || weights[i] > max)
            {
                problems.Add(string.Create(
                    CultureInfo.InvariantCulture,
                    $"w[{i}] = {weights[i]} is outside [{min}, {max}]"));
            }
        }

        if (problems.Count > 0)
        {
            throw new ArgumentException(
                $"Invalid FSRS parameters: {string.Join("; ", problems)}.", nameof(weights));
        }

        Weights = [.. weights];
    }

    /// <summary>w[0]..w[20].</summary>
    public ImmutableArray<double> Weights { get; }

    /// <summary>w[<paramref name="index"/>], numbered as in the FSRS papers.</summary>
    public double this[int index] => Weights[index];
}
