using MLDrill.Domain.Questions;
using MLDrill.Domain.Scheduling;

namespace MLDrill.Domain.Planning;

/// <summary>A card as the planner sees it: its state and the local date it falls due.</summary>
public sealed record PlanCard(string QuestionId, CardState State, DateOnly DueDate);

/// <summary>Everything a plan is computed from; the same input always gives the same plan.</summary>
/// <param name="ReviewsPerDay">Reviews done on each past local date (any date missing: none).</param>
/// <param name="DoneToday">Reviews of known cards and new questions already done today.</param>
public sealed record PlanInput(
    PlanSettings Settings,
    DateOnly Today,
    QuestionBank Bank,
    IReadOnlyList<PlanCard> Cards,
    IReadOnlyList<TopicStanding> Topics,
    IReadOnlyDictionary<DateOnly, int> ReviewsPerDay,
    TodayProgress DoneToday);

public sealed record TodayProgress(int Reviews, int New)
{
    public static TodayProgress None { get; } = new(0, 0);

    public int Total => Reviews + New;
}

public enum PlanDayKind
{
    /// <summary>A past study day with reviews.</summary>
    Studied,

    /// <summary>A past study day without any review.</summary>
    Missed,

    /// <summary>A day the user said they cannot study.</summary>
    Off,

    Today,
    Planned,
}

/// <summary>
/// One day of the plan. For today and later: the new questions and reviews planned (today's include what is
/// already done) and the reviews left waiting because the day was full. For past days: the reviews done.
/// </summary>
public sealed record PlanDay(DateOnly Date, PlanDayKind Kind, IReadOnlyList<StudyTheme> Themes, int New, int Reviews, int Backlog)
{
    public int Total => New + Reviews;

    public IEnumerable<PlanActivity> Activities => Themes.SelectMany(t => StudyThemes.Of(t).Activities).Distinct();
}

/// <summary>What today's queue takes from the plan.</summary>
/// <param name="ReviewSlots">Most reviews of known cards today, done ones included: the rest is kept for new questions.</param>
/// <param name="NewQuestionOrder">Unseen questions, best first: today's themes, weak topics first.</param>
/// <param name="EarlyReviewIds">Cards on weak topics not yet due whose recall has dropped enough to review them today.</param>
public sealed record TodayPlan(
    IReadOnlyList<StudyTheme> Themes,
    int ReviewSlots,
    IReadOnlyList<string> NewQuestionOrder,
    IReadOnlySet<string> EarlyReviewIds);

/// <summary>The plan: every day from its start to the day before the interview, and what re-planning changed.</summary>
/// <param name="Changes">Plain sentences on what the plan changed from the ideal and why.</param>
/// <param name="ProjectedRecall">Each question's expected recall on the interview day if the plan is followed (unseen: absent).</param>
public sealed record StudyPlan(
    PlanSettings Settings,
    DateOnly Today,
    IReadOnlyList<PlanDay> Days,
    IReadOnlyList<string> Changes,
    IReadOnlyList<TopicStanding> WeakTopics,
    IReadOnlyDictionary<string, double> ProjectedRecall)
{
    public PlanDay? TodayDay => Days.FirstOrDefault(d => d.Date == Today);

    public int DaysLeft => Math.Max(0, Settings.Interview.DayNumber - Today.DayNumber);
}
