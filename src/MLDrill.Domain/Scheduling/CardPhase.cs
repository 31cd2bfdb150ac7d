namespace MLDrill.Domain.Scheduling;

/// <summary>Where a card is in its life: its phase decides whether it moves in steps (minutes) or in days.</summary>
public enum CardPhase
{
    /// <summary>Never reviewed.</summary>
    New,

    /// <summary>First reviews, scheduled by the learning steps.</summary>
    Learning,

    /// <summary>Scheduled in whole days from its stability.</summary>
    Review,

    /// <summary>Forgotten in review, scheduled by the relearning steps.</summary>
    Relearning,
}
