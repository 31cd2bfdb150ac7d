using System.Collections.Immutable;

namespace MLDrill.Domain.Scheduling.Fsrs;

/// <summary>
/// FSRS-6 as pure functions over the weights w[0]..w[20], following fsrs-rs <c>model.rs</c>
/// (and ts-fsrs <c>algorithm.ts</c>, py-fsrs <c>scheduler.py</c>). No dates, no rounding, no fuzz:
/// time enters only as elapsed days, which the references count in whole days.
/// </summary>
public sealed class FsrsAlgorithm
{
    /// <summary>S_MIN of the references: stability never goes below it.</summary>
    public const double MinStability = 0.001;

    /// <summary>S_MAX of fsrs-rs and ts-fsrs (100 years).</summary>
    public const double MaxStability = 36500;

    /// <summary>Difficulty is kept in [1, 10].</summary>
    public const double MinDifficulty = 1;

    /// <summary>Difficulty is kept in [1, 10].</summary>
    public const double MaxDifficulty = 10;

    private readonly ImmutableArray<double> _w;

    public FsrsAlgorithm(FsrsParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        Parameters = parameters;
        _w = parameters.Weights;
        Decay = -_w[20];
        Factor = Math.Pow(0.9, 1 / Decay) - 1;
    }

    /// <summary>The algorithm with <see cref="FsrsParameters.Default"/>.</summary>
    public static FsrsAlgorithm Default { get; } = new(FsrsParameters.Default);

    public FsrsParameters Parameters { get; }

    /// <summary>Exponent of the power forgetting curve: -w[20].</summary>
    public double Decay { get; }

    /// <summary>0.9^(1/decay) - 1, chosen so that retrievability is 0.9 when elapsed days equal stability.</summary>
    public double Factor { get; }

    /// <summary>R(t, S) = (1 + factor · t / S)^decay: the probability of recall after <paramref name="elapsedDays"/>.</summary>
    public double Retrievability(double elapsedDays, double stability)
    {
        CheckElapsedDays(elapsedDays);
        CheckStability(stability);
        return Math.Pow(1 + Factor * elapsedDays / stability, Decay);
    }

    /// <summary>The days after which retrievability falls to <paramref name="desiredRetention"/>; raw, unrounded.</summary>
    public double NextInterval(double stability, double desiredRetention)
    {
        CheckStability(stability);
        if (!(desiredRetention > 0 && desiredRetention <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(desiredRetention), desiredRetention, "Desired retention must be in (0, 1].");
        }

        return stability / Factor * (Math.Pow(desiredRetention, 1 / Decay) - 1);
    }

    /// <summary>S0(G) = w[G-1].</summary>
    public double InitialStability(Rating rating) => Math.Max(_w[Grade(rating) - 1], MinStability);

    /// <summary>D0(G) = w[4] - e^(w[5]·(G-1)) + 1, unclamped (mean reversion targets the unclamped D0(Easy)).</summary>
    public double InitialDifficulty(Rating rating) => _w[4] - Math.Exp(_w[5] * (Grade(rating) - 1)) + 1;

    /// <summary>The memory after a card's first review.</summary>
    public MemoryState InitialState(Rating rating) =>
        new(InitialStability(rating), ClampDifficulty(InitialDifficulty(rating)));

    /// <summary>
    /// D' = w[7]·D0(Easy) + (1 - w[7])·(D + ΔD·(10 - D)/9) with ΔD = -w[6]·(G - 3), clamped to [1, 10]:
    /// the linear damping slows change near 10 and the mean reversion pulls towards D0(Easy).
    /// </summary>
    public double NextDifficulty(double difficulty, Rating rating)
    {
        var delta = -_w[6] * (Grade(rating) - 3);
        var damped = difficulty + delta * (10 - difficulty) / 9;
        var reverted = _w[7] * InitialDifficulty(Rating.Easy) + (1 - _w[7]) * damped;
        return ClampDifficulty(reverted);
    }

    /// <summary>
    /// S'r = S · (1 + e^w[8] · (11 - D) · S^-w[9] · (e^(w[10]·(1 - R)) - 1) · w[15] if Hard · w[16] if Easy).
    /// </summary>
    public double RecallStability(double difficulty, double stability, double retrievability, Rating rating)
    {
        var hardPenalty = rating == Rating.Hard ? _w[15] : 1;
        var easyBonus = rating == Rating.Easy ? _w[16] : 1;
        return stability * (1
            + Math.Exp(_w[8])
            * (11 - difficulty)
            * Math.Pow(stability, -_w[9])
            * (Math.Exp((1 - retrievability) * _w[10]) - 1)
            * hardPenalty
            * easyBonus);
    }

    /// <summary>
    /// S'f = w[11] · D^-w[12] · ((S + 1)^w[13] - 1) · e^(w[14]·(1 - R)), capped at S / e^(w[17]·w[18]).
    /// </summary>
    public double ForgetStability(double difficulty, double stability, double retrievability)
    {
        var longTerm = _w[11]
            * Math.Pow(difficulty, -_w[12])
            * (Math.Pow(stability + 1, _w[13]) - 1)
            * Math.Exp((1 - retrievability) * _w[14]);

        // A lapse must not leave the card more stable than forgetting it the same day would.
        var sameDayAgain = stability / Math.Exp(_w[17] * _w[18]);
        return Math.Min(longTerm, sameDayAgain);
    }

    /// <summary>
    /// Same-day review: S' = S · e^(w[17]·(G - 3 + w[18])) · S^-w[19], where the factor is at least 1
    /// for Hard, Good and Easy.
    /// </summary>
    public double ShortTermStability(double stability, Rating rating)
    {
        var increase = Math.Exp(_w[17] * (Grade(rating) - 3 + _w[18])) * Math.Pow(stability, -_w[19]);

        // A same-day pass never lowers stability. fsrs-rs (#376) and ts-fsrs (#266) apply this to Hard
        // as well as Good/Easy since Dec 2025; py-fsrs 6.3.1 still leaves Hard unclamped.
        return stability * (rating >= Rating.Hard ? Math.Max(increase, 1) : increase);
    }

    /// <summary>
    /// One review (fsrs-rs <c>step</c>): the initial state when <paramref name="current"/> is null, the short-term
    /// update for a review within a day of the last, otherwise recall or forget stability at the current retrievability.
    /// </summary>
    public MemoryState NextState(MemoryState? current, double elapsedDays, Rating rating)
    {
        _ = Grade(rating);
        CheckElapsedDays(elapsedDays);
        if (current is not { } memory)
        {
            return InitialState(rating);
        }

        if (!double.IsFinite(memory.Stability) || !double.IsFinite(memory.Difficulty))
        {
            throw new ArgumentException($"Memory state must be finite, got {memory}.", nameof(current));
        }

        // Like fsrs-rs, tolerate a stored state slightly outside the model's range instead of failing on it.
        var stability = Math.Clamp(memory.Stability, MinStability, MaxStability);
        var difficulty = ClampDifficulty(memory.Difficulty);
        var retrievability = Retrievability(elapsedDays, stability);

        var nextStability = elapsedDays < 1
            ? ShortTermStability(stability, rating)
            : rating == Rating.Again
                ? ForgetStability(difficulty, stability, retrievability)
                : RecallStability(difficulty, stability, retrievability, rating);

        return new MemoryState(
            Math.Clamp(nextStability, MinStability, MaxStability),
            NextDifficulty(difficulty, rating));
    }

    /// <summary>The memory and raw interval each rating would give (fsrs-rs <c>next_states</c>).</summary>
    public NextStates NextStates(MemoryState? current, double elapsedDays, double desiredRetention)
    {
        ItemState After(Rating rating)
        {
            var memory = NextState(current, elapsedDays, rating);
            return new ItemState(memory, NextInterval(memory.Stability, desiredRetention));
        }

        return new(After(Rating.Again), After(Rating.Hard), After(Rating.Good), After(Rating.Easy));
    }

    private static int Grade(Rating rating) => rating is >= Rating.Again and <= Rating.Easy
        ? (int)rating
        : throw new ArgumentOutOfRangeException(nameof(rating), rating, "Rating must be 1 (Again) to 4 (Easy).");

    private static double ClampDifficulty(double difficulty) => Math.Clamp(difficulty, MinDifficulty, MaxDifficulty);

    private static void CheckElapsedDays(double elapsedDays)
    {
        if (!(elapsedDays >= 0) || double.IsInfinity(elapsedDays))
        {
            throw new ArgumentOutOfRangeException(nameof(elapsedDays), elapsedDays, "Elapsed days must be finite and not negative.");
        }
    }

    private static void CheckStability(double stability)
    {
        if (!(stability > 0) || double.IsInfinity(stability))
        {
            throw new ArgumentOutOfRangeException(nameof(stability), stability, "Stability must be finite and positive.");
        }
    }
}
