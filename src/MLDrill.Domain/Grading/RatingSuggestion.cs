using MLDrill.Domain.Questions;
using MLDrill.Domain.Scheduling;

namespace MLDrill.Domain.Grading;

/// <summary>Suggests a self-rating from rubric coverage and answer time; the user always has the last word.</summary>
public static class RatingSuggestion
{
    /// <summary>Time a prepared candidate needs for a question of this difficulty.</summary>
    public static TimeSpan ExpectedTime(Difficulty difficulty) => difficulty switch
    {
        Difficulty.Easy => TimeSpan.FromMinutes(2),
        Difficulty.Medium => TimeSpan.FromMinutes(4),
        _ => TimeSpan.FromMinutes(6),
    };

    /// <param name="coverage">Share of key points covered, or null when the answer was given out loud.</param>
    public static Rating Suggest(double? coverage, TimeSpan duration, Difficulty difficulty)
    {
        if (coverage is not { } covered)
        {
            // Nothing typed to check: Good is the neutral default; the user knows how it went.
            return Rating.Good;
        }

        var expected = ExpectedTime(difficulty);
        return covered switch
        {
            < 0.4 => Rating.Again,
            < 0.7 => Rating.Hard,
            _ when duration > expected * 2 => Rating.Hard,
            >= 0.9 when duration <= expected => Rating.Easy,
            _ => Rating.Good,
        };
    }
}
