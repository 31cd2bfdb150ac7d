using MLDrill.Domain.Scheduling;

namespace MLDrill.Domain.Planning;

/// <summary>
/// A user's reviews of one question summed with weights that halve every <see cref="HalfLife"/>: how the user does
/// now, not a year ago. Unlike a fixed window the sums fold review by review and never need the old reviews again,
/// so they can be kept on the card and a topic's standing read from the cards alone.
/// </summary>
/// <param name="Weight">The weighted number of reviews: 1 for a review made at <paramref name="At"/>.</param>
/// <param name="GradeSum">The weighted sum of the ratings' grades (Again 1 … Easy 4).</param>
/// <param name="CoverageWeight">The weighted number of typed answers, the ones with rubric coverage.</param>
/// <param name="CoverageSum">The weighted sum of their coverage (0–1).</param>
/// <param name="At">When the weights were last brought up to date: the latest review, or null before the first.</param>
public readonly record struct RecentPerformance(double Weight, double GradeSum, double CoverageWeight, double CoverageSum, DateTimeOffset? At)
{
    /// <summary>A review this old counts half; one twice as old a quarter (a 60-day window has the same mean age).</summary>
    public static readonly TimeSpan HalfLife = TimeSpan.FromDays(21);

    public static RecentPerformance None => default;

    /// <summary>The same sums seen from <paramref name="now"/>: every weight shrinks with the time since <see cref="At"/>.</summary>
    public RecentPerformance AsOf(DateTimeOffset now)
    {
        if (At is not { } at || now <= at)
        {
            return this;
        }

        var factor = Math.Pow(2, -(now - at).TotalDays / HalfLife.TotalDays);
        return new RecentPerformance(Weight * factor, GradeSum * factor, CoverageWeight * factor, CoverageSum * factor, now);
    }

    /// <summary>Adds a review made at <paramref name="at"/>; reviews are added in the order they were made.</summary>
    public RecentPerformance Add(DateTimeOffset at, Rating rating, double? coverage)
    {
        var current = AsOf(at);
        return new RecentPerformance(
            current.Weight + 1,
            current.GradeSum + (int)rating,
            current.CoverageWeight + (coverage is null ? 0 : 1),
            current.CoverageSum + (coverage ?? 0),
            current.At is { } last && last > at ? last : at);
    }

    /// <summary>The sums of a question's whole history, oldest review first.</summary>
    public static RecentPerformance Of(IEnumerable<(DateTimeOffset At, Rating Rating, double? Coverage)> reviews)
    {
        ArgumentNullException.ThrowIfNull(reviews);
        return reviews.Aggregate(None, (sums, review) => sums.Add(review.At, review.Rating, review.Coverage));
    }

    /// <summary>The sums as of <paramref name="now"/>, in the form <see cref="TopicStanding.From"/> adds up per topic.</summary>
    public QuestionHistory ToHistory(string questionId, DateTimeOffset now)
    {
        var current = AsOf(now);
        return new QuestionHistory(questionId, current.Weight, current.GradeSum, current.CoverageSum, current.CoverageWeight);
    }
}
