namespace MLDrill.Domain.Scheduling;

/// <summary>
/// Spreads review intervals a little so cards learned together do not stay due together. The ranges are
/// those of ts-fsrs <c>get_fuzz_range</c> and py-fsrs <c>_get_fuzz_range</c>; the randomness comes from a
/// seed the caller passes, so the same inputs always give the same due dates.
/// </summary>
public static class IntervalFuzz
{
    private static readonly (double Start, double End, double Factor)[] Ranges =
    [
        (2.5, 7, 0.15),
        (7, 20, 0.10),
        (20, double.PositiveInfinity, 0.05),
    ];

    /// <summary>The inclusive range of days a fuzzed <paramref name="interval"/> falls in.</summary>
    public static (int Min, int Max) Range(int interval, int elapsedDays, int maximumInterval)
    {
        var delta = 1.0;
        foreach (var (start, end, factor) in Ranges)
        {
            delta += factor * Math.Max(Math.Min(interval, end) - start, 0);
        }

        var capped = Math.Min(interval, maximumInterval);
        var min = Math.Max(2, RoundHalfUp(capped - delta));
        var max = Math.Min(RoundHalfUp(capped + delta), maximumInterval);

        // As in ts-fsrs: fuzz must not pull an interval that is longer than the delay the card just
        // survived back to that delay or below it.
        if (capped > elapsedDays)
        {
            min = Math.Max(min, elapsedDays + 1);
        }

        return (Math.Min(min, max), max);
    }

    /// <summary>
    /// <paramref name="interval"/> moved to a day drawn uniformly from <see cref="Range"/> by
    /// <paramref name="seed"/>; intervals under 2.5 days are left alone.
    /// </summary>
    public static int Apply(int interval, int elapsedDays, int maximumInterval, int seed)
    {
        if (interval < 2.5)
        {
            return interval;
        }

        var (min, max) = Range(interval, elapsedDays, maximumInterval);
        return (int)Math.Floor(Fraction(seed) * (max - min + 1) + min);
    }

    /// <summary>A number in [0, 1) that depends only on <paramref name="seed"/> (the SplitMix64 finaliser).</summary>
    public static double Fraction(int seed)
    {
        unchecked
        {
            var z = (ulong)(uint)seed + 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            z ^= z >> 31;
            return (z >> 11) * (1.0 / (1UL << 53));
        }
    }

    /// <summary>
    /// A fuzz seed from a card id and the 1-based number of the review (FNV-1a), the same in every process
    /// and on every platform, which <see cref="string.GetHashCode()"/> is not.
    /// </summary>
    public static int Seed(string cardId, int reviewNumber)
    {
        ArgumentNullException.ThrowIfNull(cardId);
        unchecked
        {
            const uint prime = 16777619;
            var hash = 2166136261;
            foreach (var c in cardId)
            {
                hash = (hash ^ c) * prime;
            }

            hash = (hash ^ (uint)reviewNumber) * prime;
            return (int)hash;
        }
    }

    private static int RoundHalfUp(double value) => (int)Math.Round(value, MidpointRounding.AwayFromZero);
}
