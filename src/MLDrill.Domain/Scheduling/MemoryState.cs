namespace MLDrill.Domain.Scheduling;

/// <summary>
/// The FSRS memory of one card: <paramref name="Stability"/> is the interval in days at which
/// retrievability falls to 90%; <paramref name="Difficulty"/> is in [1, 10].
/// </summary>
public readonly record struct MemoryState(double Stability, double Difficulty);
