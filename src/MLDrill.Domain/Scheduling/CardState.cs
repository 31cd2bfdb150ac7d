namespace MLDrill.Domain.Scheduling;

/// <summary>
/// Everything the scheduler needs to know about a card. <paramref name="Step"/> is the index of the
/// current (re)learning step and 0 outside those phases; <paramref name="Memory"/> is null until the
/// first review.
/// </summary>
public sealed record CardState(
    CardPhase Phase,
    int Step,
    MemoryState? Memory,
    DateTimeOffset Due,
    DateTimeOffset? LastReview,
    int Reps,
    int Lapses)
{
    /// <summary>A card never reviewed, due at <paramref name="now"/>.</summary>
    public static CardState New(DateTimeOffset now) => new(CardPhase.New, 0, null, now, null, 0, 0);
}
