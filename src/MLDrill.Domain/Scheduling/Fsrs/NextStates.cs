namespace MLDrill.Domain.Scheduling.Fsrs;

/// <summary>The memory after a rating and its raw (unrounded, unfuzzed) interval in days.</summary>
public readonly record struct ItemState(MemoryState Memory, double Interval);

/// <summary>What each rating would do to a memory (fsrs-rs <c>NextStates</c>).</summary>
public sealed record NextStates(ItemState Again, ItemState Hard, ItemState Good, ItemState Easy)
{
    /// <summary>The state for <paramref name="rating"/>.</summary>
    public ItemState For(Rating rating) => rating switch
    {
        Rating.Again => Again,
        Rating.Hard => Hard,
        Rating.Good => Good,
        Rating.Easy => Easy,
        _ => throw new ArgumentOutOfRangeException(nameof(rating), rating, "Rating must be 1 (Again) to 4 (Easy)."),
    };
}
