using MLDrill.Domain.Questions;
using MLDrill.Domain.Scheduling;

namespace MLDrill.Domain.Progress;

/// <summary>
/// A day's reviews with one rating, of cards in one phase, summed (in the database): how many, how many were
/// typed and their rubric coverage, and their answer time with each answer counted up to <see cref="ProgressAnalytics.MaxCountedSeconds"/>.
/// </summary>
public sealed record DayReviews(DateOnly Date, Rating Rating, CardPhase PhaseBefore, int Reviews, int Typed, double CoverageSum, double SecondsSum);

/// <summary>How well a group of questions (a topic or an area) is known: recall today, and on the interview day if the plan is followed.</summary>
/// <param name="Recall">Mean probability of recall today over all the group's questions, unseen ones counting 0.</param>
/// <param name="Projected">The same on the interview day, with the questions the plan will introduce.</param>
public sealed record Mastery(string Name, int Questions, int Seen, double Recall, double Projected);

/// <summary>A week of reviews: true retention (share of due reviews not forgotten) and the mean answer time.</summary>
public sealed record WeekFigures(DateOnly WeekStart, int Reviews, int ReviewsOfKnownCards, double? Retention, double? MeanSeconds);

/// <summary>Self-rating against the rubric: how much of the key points typed answers covered, per rating given.</summary>
public sealed record CalibrationRow(Rating Rating, int Answers, double? MeanCoverage);

public static class ProgressAnalytics
{
    /// <summary>Mastery per topic and per area, weakest first; unseen questions count as not known.</summary>
    /// <param name="recall">Each seen question's probability of recall today.</param>
    /// <param name="projected">Each question's expected recall on the interview day (questions missing: 0).</param>
    public static (IReadOnlyList<Mastery> Topics, IReadOnlyList<Mastery> Areas) Mastery(
        QuestionBank bank, IReadOnlyDictionary<string, double> recall, IReadOnlyDictionary<string, double> projected)
    {
        ArgumentNullException.ThrowIfNull(bank);
        Mastery Of(string name, IReadOnlyCollection<Question> questions) => new(
            name,
            questions.Count,
            questions.Count(q => recall.ContainsKey(q.Id)),
            questions.Average(q => recall.GetValueOrDefault(q.Id)),
            questions.Average(q => projected.GetValueOrDefault(q.Id)));

        var topics = bank.InStudyOrder
            .SelectMany(q => q.Topics.Select(t => (Topic: t, Question: q)))
            .GroupBy(p => p.Topic, StringComparer.Ordinal)
            .Select(g => Of(g.Key, g.Select(p => p.Question).ToList()))
            .OrderBy(m => m.Recall).ThenBy(m => m.Name, StringComparer.Ordinal)
            .ToList();
        var areas = bank.InStudyOrder
            .GroupBy(q => q.Area)
            .OrderBy(g => g.Key.Order)
            .Select(g => Of(g.Key.Title, g.ToList()))
            .ToList();
        return (topics, areas);
    }

    /// <summary>Reviews falling due on each of the next <paramref name="days"/> days (today includes overdue ones).</summary>
    public static IReadOnlyList<(DateOnly Date, int Due)> Forecast(IEnumerable<DateOnly> dueDates, DateOnly today, int days = 30)
    {
        var counts = dueDates.GroupBy(d => d < today ? today : d).ToDictionary(g => g.Key, g => g.Count());
        return Enumerable.Range(0, days).Select(i => today.AddDays(i)).Select(d => (d, counts.GetValueOrDefault(d))).ToList();
    }

    /// <summary>
    /// The last <paramref name="weeks"/> weeks (Monday to Sunday), oldest first. True retention counts only
    /// reviews of cards already learnt (in review): the share not rated Again.
    /// </summary>
    public static IReadOnlyList<WeekFigures> Weeks(IEnumerable<DayReviews> days, DateOnly today, int weeks = 12)
    {
        var thisWeek = WeekStart(today);
        var byWeek = days.GroupBy(d => WeekStart(d.Date)).ToDictionary(g => g.Key, g => g.ToList());
        return Enumerable.Range(0, weeks).Select(i => thisWeek.AddDays(-7 * (weeks - 1 - i))).Select(start =>
        {
            var week = byWeek.GetValueOrDefault(start) ?? [];
            var reviews = week.Sum(d => d.Reviews);
            var known = week.Where(d => d.PhaseBefore == CardPhase.Review).ToList();
            var knownReviews = known.Sum(d => d.Reviews);
            return new WeekFigures(
                start,
                reviews,
                knownReviews,
                knownReviews == 0 ? null : known.Where(d => d.Rating != Rating.Again).Sum(d => d.Reviews) / (double)knownReviews,
                reviews == 0 ? null : week.Sum(d => d.SecondsSum) / reviews);
        }).ToList();
    }

    /// <summary>An answer left open longer than this counts as this long: a forgotten tab must not skew the trend.</summary>
    public const double MaxCountedSeconds = 600;

    /// <summary>Per rating given, the typed answers and their mean rubric coverage.</summary>
    public static IReadOnlyList<CalibrationRow> Calibration(IEnumerable<DayReviews> days)
    {
        var byRating = days.GroupBy(d => d.Rating).ToDictionary(g => g.Key, g => (Typed: g.Sum(d => d.Typed), Coverage: g.Sum(d => d.CoverageSum)));
        return Enum.GetValues<Rating>()
            .Select(rating => byRating.TryGetValue(rating, out var row) && row.Typed > 0
                ? new CalibrationRow(rating, row.Typed, row.Coverage / row.Typed)
                : new CalibrationRow(rating, 0, null))
            .ToList();
    }

    public static DateOnly WeekStart(DateOnly date) => date.AddDays(-(((int)date.DayOfWeek + 6) % 7));

    /// <summary>
    /// The topics to practise: weak ones first (weakest first), then, to make up <paramref name="count"/>, the
    /// least mastered topics that have been started, then any.
    /// </summary>
    public static IReadOnlyList<string> WeakestTopics(IEnumerable<Planning.TopicStanding> standings, IEnumerable<Mastery> topics, int count = 3)
    {
        var weak = standings.Where(t => t.IsWeak).Select(t => t.Topic);
        var mastery = topics.ToList();
        var started = mastery.Where(m => m.Seen > 0).OrderBy(m => m.Recall).Select(m => m.Name);
        var any = mastery.OrderBy(m => m.Recall).ThenByDescending(m => m.Questions).Select(m => m.Name);
        return weak.Concat(started).Concat(any).Distinct(StringComparer.Ordinal).Take(count).ToList();
    }
}
