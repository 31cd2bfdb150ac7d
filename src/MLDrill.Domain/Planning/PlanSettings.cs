namespace MLDrill.Domain.Planning;

/// <summary>
/// What the user told the plan: when it started, the interview date (the first day not planned), the daily
/// target and the days they cannot study.
/// </summary>
public sealed record PlanSettings(
    DateOnly Start,
    DateOnly Interview,
    int DailyTarget,
    IReadOnlySet<DayOfWeek> WeekdaysOff,
    IReadOnlySet<DateOnly> DatesOff)
{
    /// <summary>With no interview date given, the seed's four weeks from the start.</summary>
    public const int DefaultWeeks = 4;

    /// <summary>Plans longer than this get a consolidation stretch before the last one.</summary>
    public const int LongPlanDays = 35;

    /// <summary>The furthest interview date accepted, in days from today.</summary>
    public const int MaxDaysAhead = 366;

    public static DateOnly DefaultInterview(DateOnly start) => start.AddDays(7 * DefaultWeeks);

    public bool IsStudyDay(DateOnly date) => !WeekdaysOff.Contains(date.DayOfWeek) && !DatesOff.Contains(date);

    /// <summary>Every planned date, days off included: the start up to the day before the interview.</summary>
    public IEnumerable<DateOnly> Dates()
    {
        for (var date = Start; date < Interview; date = date.AddDays(1))
        {
            yield return date;
        }
    }

    /// <summary>Problems with settings chosen on <paramref name="today"/>; empty when they make a plan.</summary>
    public static IReadOnlyList<string> Validate(DateOnly today, DateOnly? interview, int dailyTarget, IReadOnlySet<DayOfWeek> weekdaysOff, IReadOnlySet<DateOnly> datesOff)
    {
        var problems = new List<string>();
        if (dailyTarget is < Practice.PracticeSettings.MinDailyTarget or > Practice.PracticeSettings.MaxDailyTarget)
        {
            problems.Add($"The daily target must be between {Practice.PracticeSettings.MinDailyTarget} and {Practice.PracticeSettings.MaxDailyTarget} questions.");
        }

        if (interview is { } date)
        {
            if (date <= today)
            {
                problems.Add("The interview date must be after today.");
            }
            else if (date > today.AddDays(MaxDaysAhead))
            {
                problems.Add($"The interview date must be within a year (by {today.AddDays(MaxDaysAhead):d MMM yyyy}).");
            }
        }

        if (weekdaysOff.Count >= 7)
        {
            problems.Add("Leave at least one weekday to study on.");
        }
        else if (problems.Count == 0)
        {
            var settings = new PlanSettings(today, interview ?? DefaultInterview(today), dailyTarget, weekdaysOff, datesOff);
            if (!settings.Dates().Any(settings.IsStudyDay))
            {
                problems.Add("Every day before the interview is a day off: leave at least one day to study.");
            }
        }

        return problems;
    }
}
