namespace MLDrill.Domain.Progress;

/// <summary>
/// A year of practice: questions practised on each of the last 53 weeks' days (Monday first, ending with the
/// week of today), the current streak of days in a row, the longest one, and the number of active days.
/// </summary>
/// <param name="Days">Every day from the Monday 52 weeks before this week's up to today, oldest first.</param>
/// <param name="CurrentStreak">Days in a row with practice up to today, or up to yesterday while today is still open.</param>
public sealed record Activity(IReadOnlyList<(DateOnly Date, int Questions)> Days, int CurrentStreak, int LongestStreak, int ActiveDays)
{
    public const int Weeks = 53;

    public static Activity Of(IReadOnlyDictionary<DateOnly, int> questionsPerDay, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(questionsPerDay);
        var first = ProgressAnalytics.WeekStart(today).AddDays(-7 * (Weeks - 1));
        var days = Enumerable.Range(0, today.DayNumber - first.DayNumber + 1)
            .Select(i => first.AddDays(i))
            .Select(d => (Date: d, Questions: questionsPerDay.GetValueOrDefault(d)))
            .ToList();

        var longest = 0;
        var run = 0;
        foreach (var (_, questions) in days)
        {
            run = questions > 0 ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }

        var current = 0;
        var day = questionsPerDay.GetValueOrDefault(today) > 0 ? today : today.AddDays(-1);
        while (questionsPerDay.GetValueOrDefault(day) > 0)
        {
            current++;
            day = day.AddDays(-1);
        }

        return new Activity(days, current, Math.Max(longest, current), days.Count(d => d.Questions > 0));
    }
}
