using Microsoft.EntityFrameworkCore;
using MLDrill.Domain.Planning;
using MLDrill.Domain.Progress;
using MLDrill.Domain.Scheduling;
using MLDrill.Infrastructure.Data;
using MLDrill.Web.Features.Plan;
using MLDrill.Web.Features.Practice;

namespace MLDrill.Web.Features.Progress;

/// <summary>Everything the progress dashboard shows.</summary>
public sealed record ProgressReport(
    StudyPlan Plan,
    IReadOnlyList<Mastery> Topics,
    IReadOnlyList<Mastery> Areas,
    IReadOnlyList<(DateOnly Date, int Due)> Forecast,
    IReadOnlyList<WeekFigures> Weeks,
    IReadOnlyList<CalibrationRow> Calibration,
    IReadOnlyList<string> WeakestTopics,
    int TotalReviews,
    double Readiness,
    int SeenByInterview,
    int BankSize,
    Activity Activity);

public sealed class ProgressService(AppDbContext db, PlanService plans, FsrsScheduler scheduler, TimeProvider clock)
{
    public const int Weeks = 12;

    public async Task<ProgressReport> ReportAsync(string userId, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var (_, plan, cards, standings, questionsPerDay) = await plans.BuildAsync(userId, cancellationToken);
        var bank = plans.Bank;

        var recall = cards.ToDictionary(c => c.QuestionId, c => scheduler.Retrievability(c.State, now), StringComparer.Ordinal);
        var (topics, areas) = ProgressAnalytics.Mastery(bank, recall, plan.ProjectedRecall);

        // The last weeks summed per day, rating and phase in the database: the weeks and the calibration need no more.
        var since = ProgressAnalytics.WeekStart(plan.Today).AddDays(-7 * (Weeks - 1));
        const double cap = ProgressAnalytics.MaxCountedSeconds;
        var days = await db.ReviewLogs.AsNoTracking()
            .Where(r => r.UserId == userId && r.LocalDay >= since)
            .GroupBy(r => new { r.LocalDay, r.Rating, r.PhaseBefore })
            .Select(g => new DayReviews(g.Key.LocalDay, g.Key.Rating, g.Key.PhaseBefore, g.Count(), g.Count(r => r.Coverage != null),
                g.Sum(r => r.Coverage ?? 0), g.Sum(r => r.DurationSeconds > cap ? cap : r.DurationSeconds)))
            .ToListAsync(cancellationToken);
        var totalReviews = await db.DailyActivities.Where(a => a.UserId == userId).SumAsync(a => a.Reviews, cancellationToken);

        return new ProgressReport(
            plan,
            topics,
            areas,
            ProgressAnalytics.Forecast(cards.Select(c => c.DueDate), plan.Today),
            ProgressAnalytics.Weeks(days, plan.Today, Weeks),
            ProgressAnalytics.Calibration(days),
            ProgressAnalytics.WeakestTopics(standings, topics),
            totalReviews,
            bank.Count == 0 ? 0 : bank.InStudyOrder.Average(q => plan.ProjectedRecall.GetValueOrDefault(q.Id)),
            plan.ProjectedRecall.Count,
            bank.Count,
            Activity.Of(questionsPerDay, plan.Today));
    }
}
