using MLDrill.Domain.Questions;

namespace MLDrill.Domain.Planning;

/// <summary>A user's reviews of one question, summed with the weights of <see cref="RecentPerformance"/>.</summary>
/// <param name="Reviews">The weighted number of reviews: a review made today counts 1, older ones less.</param>
/// <param name="RatingSum">Weighted sum of the ratings' grades (Again 1 … Easy 4).</param>
/// <param name="CoverageSum">Weighted sum of rubric coverage (0–1) over the <paramref name="CoverageCount"/> typed answers.</param>
public sealed record QuestionHistory(string QuestionId, double Reviews, double RatingSum, double CoverageSum, double CoverageCount);

/// <summary>How a user does on one topic: ratings and rubric coverage on its questions, each scaled to 0–1.</summary>
/// <param name="Reviews">The weighted number of reviews behind the figures (see <see cref="QuestionHistory.Reviews"/>).</param>
public sealed record TopicStanding(string Topic, double Reviews, double RatingScore, double? Coverage)
{
    /// <summary>
    /// Weight of reviews needed before a topic can be called weak: one bad review is not a pattern. Two reviews of
    /// the last week or so weigh enough, as do three of the last three weeks.
    /// </summary>
    public const double MinReviews = 1.5;

    /// <summary>Below this score (half way between Again and Easy, or half the key points) a topic is weak.</summary>
    public const double WeakBelow = 0.5;

    /// <summary>Ratings and coverage weigh the same; coverage only counts when answers were typed.</summary>
    public double Score => Coverage is { } coverage ? (RatingScore + coverage) / 2 : RatingScore;

    public bool IsWeak => Reviews >= MinReviews && Score < WeakBelow;

    /// <summary>Every topic the user has reviewed, from the per-question sums; weakest first.</summary>
    public static IReadOnlyList<TopicStanding> From(QuestionBank bank, IEnumerable<QuestionHistory> history)
    {
        ArgumentNullException.ThrowIfNull(bank);
        var sums = new Dictionary<string, (double Reviews, double RatingSum, double CoverageSum, double CoverageCount)>(StringComparer.Ordinal);
        foreach (var item in history)
        {
            if (bank.Find(item.QuestionId) is not { } question || item.Reviews <= 0)
            {
                continue;
            }

            foreach (var topic in question.Topics)
            {
                var sum = sums.GetValueOrDefault(topic);
                sums[topic] = (sum.Reviews + item.Reviews, sum.RatingSum + item.RatingSum, sum.CoverageSum + item.CoverageSum, sum.CoverageCount + item.CoverageCount);
            }
        }

        return sums
            .Select(pair => new TopicStanding(
                pair.Key,
                pair.Value.Reviews,
                // Grades 1..4 map to 0..1: Again 0, Hard 1/3, Good 2/3, Easy 1.
                (pair.Value.RatingSum - pair.Value.Reviews) / (3.0 * pair.Value.Reviews),
                pair.Value.CoverageCount > 0 ? pair.Value.CoverageSum / pair.Value.CoverageCount : null))
            .OrderBy(t => t.Score)
            .ThenByDescending(t => t.Reviews)
            .ThenBy(t => t.Topic, StringComparer.Ordinal)
            .ToList();
    }
}
