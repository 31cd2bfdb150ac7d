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

        var since = ProgressAnalytics.WeekStart(plan.Today).AddDays(-7 * (Weeks - 1));
        var facts = await db.ReviewLogs.AsNoTracking()
            .Where(r => r.UserId == userId && r.LocalDay >= since)
            .Select(r => new ReviewFact(r.LocalDay, r.Rating, r.PhaseBefore, r.DurationSeconds))
            .ToListAsync(cancellationToken);

        var byRating = await db.ReviewLogs.AsNoTracking()
            .Where(r => r.UserId == userId)
            .GroupBy(r => r.Rating)
            .Select(g => new { Rating = g.Key, Reviews = g.Count(), Typed = g.Count(r => r.Coverage != null), CoverageSum = g.Sum(r => r.Coverage ?? 0) })
            .ToListAsync(cancellationToken);
        var calibration = Enum.GetValues<Rating>()
            .Select(rating => byRating.FirstOrDefault(r => r.Rating == rating) is { Typed: > 0 } row
                ? new CalibrationRow(rating, row.Typed, row.CoverageSum / row.Typed)
                : new CalibrationRow(rating, 0, null))
            .ToList();

        return new ProgressReport(
            plan,
            topics,
            areas,
            ProgressAnalytics.Forecast(cards.Select(c => c.DueDate), plan.Today),
            ProgressAnalytics.Weeks(facts, plan.Today, Weeks),
            calibration,
            ProgressAnalytics.WeakestTopics(standings, topics),
            byRating.Sum(r => r.Reviews),
            bank.Count == 0 ? 0 : bank.InStudyOrder.Average(q => plan.ProjectedRecall.GetValueOrDefault(q.Id)),
            plan.ProjectedRecall.Count,
            bank.Count,
            Activity.Of(questionsPerDay, plan.Today));
    }
}
