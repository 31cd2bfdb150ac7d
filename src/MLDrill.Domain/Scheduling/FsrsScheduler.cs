using System.Globalization;
using MLDrill.Domain.Scheduling.Fsrs;

namespace MLDrill.Domain.Scheduling;

/// <summary>
/// Schedules cards with FSRS-6. It owns what <see cref="FsrsAlgorithm"/> leaves out: phases, (re)learning
/// steps, rounding to whole days, the maximum interval, fuzz and due dates. The step rules are py-fsrs's
/// <c>Scheduler.review_card</c>; review cards also keep ts-fsrs's order Hard &lt; Good &lt; Easy.
/// </summary>
public sealed class FsrsScheduler
{
    /// <exception cref="ArgumentException">The options are out of range; the message lists every problem.</exception>
    public FsrsScheduler(SchedulerOptions? options = null)
    {
        Options = options ?? SchedulerOptions.Default;
        Validate(Options);
        Algorithm = new FsrsAlgorithm(Options.Parameters);
    }

    public SchedulerOptions Options { get; }

    /// <summary>The memory model under this scheduler, with the options' parameters.</summary>
    public FsrsAlgorithm Algorithm { get; }

    /// <summary>
    /// Whole days from <paramref name="lastReview"/> to <paramref name="now"/>, counted like py-fsrs
    /// (<c>timedelta.days</c>): 23 h 59 min is 0 days, 24 h is 1, whatever the calendar dates. 0 before the
    /// first review and when <paramref name="now"/> is earlier than the last review (a skewed clock).
    /// </summary>
    public static int ElapsedDays(DateTimeOffset? lastReview, DateTimeOffset now) =>
        lastReview is { } last && now > last ? (int)((now - last).Ticks / TimeSpan.TicksPerDay) : 0;

    /// <summary>
    /// The probability of recalling the card at <paramref name="now"/>. A card never reviewed has no memory
    /// and gets 0, as in py-fsrs and ts-fsrs: ordered by this, lowest first, new cards come first, so order by
    /// <see cref="CardState.Phase"/> as well if reviews should come before new cards.
    /// </summary>
    public double Retrievability(CardState card, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(card);
        return card.Memory is { } memory
            ? Algorithm.Retrievability(ElapsedDays(card.LastReview, now), Math.Max(memory.Stability, FsrsAlgorithm.MinStability))
            : 0;
    }

    /// <summary>
    /// Reviews <paramref name="card"/> at <paramref name="now"/>. <paramref name="fuzzSeed"/> drives the fuzz
    /// of a review interval: pass the same seed to get the same due date (see <see cref="IntervalFuzz.Seed"/>).
    /// </summary>
    public ReviewOutcome Review(CardState card, Rating rating, DateTimeOffset now, int fuzzSeed)
    {
        ArgumentNullException.ThrowIfNull(card);
        if (rating is < Rating.Again or > Rating.Easy)
        {
            throw new ArgumentOutOfRangeException(nameof(rating), rating, "Rating must be 1 (Again) to 4 (Easy).");
        }

        if (card.Step < 0)
        {
            throw new ArgumentException($"A card's step must not be negative, got {card.Step}.", nameof(card));
        }

        var elapsedDays = ElapsedDays(card.LastReview, now);
        var next = Algorithm.NextStates(card.Memory, elapsedDays, Options.DesiredRetention);
        var (phase, step, interval) = card.Phase switch
        {
            CardPhase.New or CardPhase.Learning =>
                InSteps(Options.LearningSteps, CardPhase.Learning, card.Step, rating, next, elapsedDays, fuzzSeed),
            CardPhase.Relearning =>
                InSteps(Options.RelearningSteps, CardPhase.Relearning, card.Step, rating, next, elapsedDays, fuzzSeed),
            CardPhase.Review => InReview(rating, next, elapsedDays, fuzzSeed),
            _ => throw new ArgumentException($"Unknown card phase {card.Phase}.", nameof(card)),
        };

        var lapsed = card.Phase == CardPhase.Review && rating == Rating.Again;
        var after = new CardState(
            phase,
            step,
            next.For(rating).Memory,
            now + interval,
            now,
            card.Reps + 1,
            card.Lapses + (lapsed ? 1 : 0));
        return new ReviewOutcome(after, interval.TotalDays, card.Memory is null ? null : Retrievability(card, now));
    }

    /// <summary>What each rating would do, with the same seed <see cref="Review"/> would use.</summary>
    public ReviewPreview Preview(CardState card, DateTimeOffset now, int fuzzSeed) => new(
        Review(card, Rating.Again, now, fuzzSeed),
        Review(card, Rating.Hard, now, fuzzSeed),
        Review(card, Rating.Good, now, fuzzSeed),
        Review(card, Rating.Easy, now, fuzzSeed));

    private (CardPhase Phase, int Step, TimeSpan Interval) InSteps(
        IReadOnlyList<TimeSpan> steps, CardPhase phase, int step, Rating rating, NextStates next, int elapsedDays, int fuzzSeed)
    {
        var graduate = (CardPhase.Review, 0, TimeSpan.FromDays(ReviewDays(next.For(rating).Interval, elapsedDays, fuzzSeed)));

        // A card can sit on a step the options no longer have (the steps were shortened since): any pass graduates it.
        if (steps.Count == 0 || (step >= steps.Count && rating != Rating.Again))
        {
            return graduate;
        }

        return rating switch
        {
            Rating.Again => (phase, 0, steps[0]),
            Rating.Hard => (phase, step, HardStep(steps, step)),
            Rating.Good when step + 1 < steps.Count => (phase, step + 1, steps[step + 1]),
            _ => graduate,
        };
    }

    // py-fsrs: Hard on the first step waits between the first and the second step; later it repeats the step.
    private static TimeSpan HardStep(IReadOnlyList<TimeSpan> steps, int step) => step switch
    {
        0 when steps.Count == 1 => steps[0] * 1.5,
        0 => (steps[0] + steps[1]) / 2,
        _ => steps[step],
    };

    private (CardPhase Phase, int Step, TimeSpan Interval) InReview(Rating rating, NextStates next, int elapsedDays, int fuzzSeed)
    {
        if (rating == Rating.Again)
        {
            return Options.RelearningSteps.Count == 0
                ? (CardPhase.Review, 0, TimeSpan.FromDays(ReviewDays(next.Again.Interval, elapsedDays, fuzzSeed)))
                : (CardPhase.Relearning, 0, Options.RelearningSteps[0]);
        }

        // ts-fsrs: rounding and fuzz can make Hard, Good and Easy land on the same day; keep them apart so
        // each button means something, then hold all three to the maximum interval.
        var hard = ReviewDays(next.Hard.Interval, elapsedDays, fuzzSeed);
        var good = ReviewDays(next.Good.Interval, elapsedDays, fuzzSeed);
        var easy = ReviewDays(next.Easy.Interval, elapsedDays, fuzzSeed);
        hard = Math.Min(hard, good);
        good = Math.Max(good, hard + 1);
        easy = Math.Max(easy, good + 1);

        var days = rating switch
        {
            Rating.Hard => hard,
            Rating.Good => good,
            _ => easy,
        };
        return (CardPhase.Review, 0, TimeSpan.FromDays(Math.Min(days, Options.MaximumInterval)));
    }

    private int ReviewDays(double rawInterval, int elapsedDays, int fuzzSeed)
    {
        var days = (int)Math.Clamp(Math.Round(rawInterval, MidpointRounding.AwayFromZero), 1, Options.MaximumInterval);
        return Options.EnableFuzz ? IntervalFuzz.Apply(days, elapsedDays, Options.MaximumInterval, fuzzSeed) : days;
    }

    private static void Validate(SchedulerOptions options)
    {
        var problems = new List<string>();
        if (options.Parameters is null)
        {
            problems.Add("Parameters are required");
        }

        if (!(options.DesiredRetention > 0 && options.DesiredRetention <= 1))
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"DesiredRetention must be in (0, 1], got {options.DesiredRetention}"));
        }

        if (options.MaximumInterval < 1)
        {
            problems.Add($"MaximumInterval must be at least 1 day, got {options.MaximumInterval}");
        }

        CheckSteps(options.LearningSteps, nameof(options.LearningSteps), problems);
        CheckSteps(options.RelearningSteps, nameof(options.RelearningSteps), problems);
        if (problems.Count > 0)
        {
            throw new ArgumentException($"Invalid scheduler options: {string.Join("; ", problems)}.", nameof(options));
        }
    }

    private static void CheckSteps(IReadOnlyList<TimeSpan>? steps, string name, List<string> problems)
    {
        if (steps is null)
        {
            problems.Add($"{name} are required (empty for none)");
        }
        else if (steps.Any(step => step <= TimeSpan.Zero))
        {
            problems.Add($"{name} must all be positive");
        }
    }
}
