namespace MLDrill.Domain.Scheduling;

/// <summary>How well a card was recalled; the numbers are the FSRS grades G used in its formulas.</summary>
public enum Rating
{
    Again = 1,
    Hard = 2,
    Good = 3,
    Easy = 4,
}
