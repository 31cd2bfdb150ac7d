using MLDrill.Domain.Scheduling.Fsrs;

namespace MLDrill.Domain.Scheduling;

/// <summary>How <see cref="FsrsScheduler"/> turns memory states into due dates; the defaults are py-fsrs's.</summary>
public sealed record SchedulerOptions
{
    /// <summary>Defaults: FSRS-6 weights, 90% retention, steps 1m 10m, relearning 10m, 36500 days, fuzz on.</summary>
    public static SchedulerOptions Default { get; } = new();

    /// <summary>The FSRS-6 weights; the defaults until the user's reviews are used to fit their own.</summary>
    public FsrsParameters Parameters { get; init; } = FsrsParameters.Default;

    /// <summary>The probability of recall at which a review card falls due, in (0, 1].</summary>
    public double DesiredRetention { get; init; } = 0.9;

    /// <summary>Steps of a new card before it graduates to review; empty graduates at once.</summary>
    public IReadOnlyList<TimeSpan> LearningSteps { get; init; } = [TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(10)];

    /// <summary>Steps of a lapsed card before it returns to review; empty keeps it in review.</summary>
    public IReadOnlyList<TimeSpan> RelearningSteps { get; init; } = [TimeSpan.FromMinutes(10)];

    /// <summary>The longest review interval, in days.</summary>
    public int MaximumInterval { get; init; } = 36500;

    /// <summary>Whether review intervals are fuzzed (see <see cref="IntervalFuzz"/>).</summary>
    public bool EnableFuzz { get; init; } = true;
}
