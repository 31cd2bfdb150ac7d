using MLDrill.Domain.Progress;

namespace MLDrill.Domain.Tests.Progress;

/// <summary>The year of practice behind the heatmap and the streaks.</summary>
public class ActivityTests
{
    private static readonly DateOnly Today = new(2026, 11, 26); // a Thursday

    private static Activity Of(params (int DaysAgo, int Questions)[] days) =>
        Activity.Of(days.ToDictionary(d => Today.AddDays(-d.DaysAgo), d => d.Questions), Today);

    [Fact]
    public void The_year_starts_on_a_monday_fifty_two_weeks_before_this_weeks_and_ends_today()
    {
        var activity = Of();
        activity.Days[0].Date.ShouldBe(new DateOnly(2025, 11, 24));
        activity.Days[0].Date.DayOfWeek.ShouldBe(DayOfWeek.Monday);
        activity.Days[^1].Date.ShouldBe(Today);
        activity.Days.Count.ShouldBe((52 * 7) + 4);
    }

    [Fact]
    public void The_current_streak_counts_days_in_a_row_up_to_today() =>
        Of((0, 3), (1, 8), (2, 1), (4, 6)).CurrentStreak.ShouldBe(3);

    [Fact]
    public void Today_not_yet_practised_does_not_break_the_streak() =>
        Of((1, 8), (2, 1), (3, 2)).CurrentStreak.ShouldBe(3);

    [Fact]
    public void A_missed_day_ends_the_streak() =>
        Of((2, 8), (3, 1)).CurrentStreak.ShouldBe(0);

    [Fact]
    public void The_longest_streak_and_active_days_span_the_year()
    {
        var activity = Of((0, 1), (10, 2), (11, 2), (12, 2), (13, 2), (40, 5), (500, 9));
        activity.LongestStreak.ShouldBe(4);
        activity.ActiveDays.ShouldBe(6);
        activity.Days.Single(d => d.Date == Today.AddDays(-40)).Questions.ShouldBe(5);
    }
}
