using System.Globalization;
using Microsoft.EntityFrameworkCore;
using MLDrill.Domain.Planning;
using MLDrill.Domain.Questions;
using MLDrill.Infrastructure.Data;
using MLDrill.Web.Features.Practice;
using MLDrill.Web.Hosting;

namespace MLDrill.Web.Features.Plan;

/// <summary>What the user entered on the plan form, validated by <see cref="PlanSettings.Validate"/>.</summary>
public sealed record PlanChoice(DateOnly? Interview, int DailyTarget, IReadOnlySet<DayOfWeek> WeekdaysOff, IReadOnlySet<DateOnly> DatesOff, DayOfWeek RevisitDay);

/// <summary>A built plan with what it was built from, for pages that show more than the plan.</summary>
/// <param name="QuestionsPerDay">Questions practised per local date over the plan and at least the last year.</param>
public sealed record PlanReading(AppUser User, StudyPlan Plan, IReadOnlyList<PlanCard> Cards, IReadOnlyList<TopicStanding> Topics,
    IReadOnlyDictionary<DateOnly, int> QuestionsPerDay);

/// <summary>Reads what the planner needs from the database and keeps the user's plan settings.</summary>
public sealed class PlanService(AppDbContext db, ContentCatalog content, StudyPlanner planner, TodayViewCache todayCache, TimeProvider clock)
{
    public QuestionBank Bank => content.Bank;

    /// <summary>The user's plan settings; a user who never chose gets the seed's four weeks from sign-up.</summary>
    public static PlanSettings SettingsOf(AppUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var start = user.PlanStart == default ? PracticeService.LocalDay(user, user.CreatedAt).Day : user.PlanStart;
        return new PlanSettings(
            start,
            user.InterviewDate ?? PlanSettings.DefaultInterview(start),
            user.DailyTarget,
            Enum.GetValues<DayOfWeek>().Where(d => (user.WeekdaysOff & (1 << (int)d)) != 0).ToHashSet(),
            ParseDates(user.DatesOff));
    }

    public static IReadOnlySet<DateOnly> ParseDates(string text) =>
        text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(d => DateOnly.TryParseExact(d, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : (DateOnly?)null)
            .OfType<DateOnly>()
            .ToHashSet();

    public static string FormatDates(IEnumerable<DateOnly> dates) =>
        string.Join(", ", dates.Order().Select(d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));

    /// <summary>Saves new plan settings; the plan starts again from today. Returns the problems, if any, and saves nothing then.</summary>
    public async Task<IReadOnlyList<string>> SaveAsync(string userId, PlanChoice choice, CancellationToken cancellationToken = default)
    {
        var user = await db.Users.SingleAsync(u => u.Id == userId, cancellationToken);
        var today = PracticeService.LocalDay(user, clock.GetUtcNow()).Day;
        var datesOff = choice.DatesOff.Where(d => d >= today).ToHashSet();
        var problems = PlanSettings.Validate(today, choice.Interview, choice.DailyTarget, choice.WeekdaysOff, datesOff);
        if (problems.Count > 0)
        {
            return problems;
        }

        user.PlanStart = today;
        user.InterviewDate = choice.Interview;
        user.DailyTarget = choice.DailyTarget;
        user.WeekdaysOff = choice.WeekdaysOff.Aggregate(0, (mask, day) => mask | (1 << (int)day));
        user.DatesOff = FormatDates(datesOff);
        user.NotebookRevisitDay = choice.RevisitDay;
        user.PlanConfigured = true;
        await db.SaveChangesAsync(cancellationToken);
        todayCache.Invalidate(userId);
        return [];
    }

    /// <summary>Every topic's standing from the recent-performance sums kept on the user's cards.</summary>
    public static IReadOnlyList<TopicStanding> Standings(QuestionBank bank, IEnumerable<Card> cards, DateTimeOffset now) =>
        TopicStanding.From(bank, cards.Select(c => c.ToRecent().ToHistory(c.QuestionId, now)));

    public async Task<PlanReading> BuildAsync(string userId, CancellationToken cancellationToken = default)
    {
        var user = await db.Users.AsNoTracking().SingleAsync(u => u.Id == userId, cancellationToken);
        var now = clock.GetUtcNow();
        var (today, startOfToday, _) = PracticeService.LocalDay(user, now);
        var settings = SettingsOf(user);

        // Questions practised per local date since the plan started (and over the last year, for the dashboard's
        // heatmap), counted in the database.
        var from = settings.Start < today.AddDays(-7 * Domain.Progress.Activity.Weeks) ? settings.Start : today.AddDays(-7 * Domain.Progress.Activity.Weeks);
        var perDay = await db.DailyActivities.AsNoTracking()
            .Where(a => a.UserId == userId && a.Day >= from && a.Questions > 0)
            .ToDictionaryAsync(a => a.Day, a => a.Questions, cancellationToken);
        var todays = await db.ReviewLogs.AsNoTracking()
            .Where(r => r.UserId == userId && r.ReviewedAt >= startOfToday)
            .Select(r => new { r.QuestionId, r.CardWasNew })
            .ToListAsync(cancellationToken);
        var newToday = todays.Where(r => r.CardWasNew).Select(r => r.QuestionId).ToHashSet();
        var reviewedToday = todays.Where(r => !newToday.Contains(r.QuestionId)).Select(r => r.QuestionId).Distinct().Count();

        var zone = PracticeService.FindZone(user.TimeZoneId);
        var stored = await db.Cards.AsNoTracking().OfUserOn(userId, Bank.Ids).ToListAsync(cancellationToken);
        var cards = stored
            .Select(c => new PlanCard(c.QuestionId, c.ToState(), DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(c.Due, zone).DateTime)))
            .ToList();
        var topics = Standings(Bank, stored, now);
        var input = new PlanInput(settings, today, Bank, cards, topics, perDay, new TodayProgress(reviewedToday, newToday.Count));
        return new PlanReading(user, planner.Build(input), cards, topics, perDay);
    }
}
