namespace MLDrill.Domain.Scheduling.Fsrs;

/// <summary>The memory after a rating and its raw (unrounded, unfuzzed) interval in days.</summary>
public readonly record struct ItemState(MemoryState Memory, double Interval);

/// <summary>What each rating would do to a memory (fsrs-rs <c>NextStates</c>).</summary>
public sealed record NextStates(ItemState Again, ItemState Hard, ItemState Good, ItemState Easy)
    : PerRating<ItemState>(Again, Hard, Good, Easy);
