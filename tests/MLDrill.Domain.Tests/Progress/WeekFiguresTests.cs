using MLDrill.Domain.Progress;
using MLDrill.Domain.Scheduling;

namespace MLDrill.Domain.Tests.Progress;

/// <summary>Weekly retention and answer time, and calibration, from reviews summed per day.</summary>
public class WeekFiguresTests
{
    private static readonly DateOnly Today = new(2026, 11, 26); // Thursday; the week starts Monday 23 November

    [Fact]
    public void True_retention_counts_only_reviews_of_learnt_cards_not_rated_again()
    {
        DayReviews[] days =
        [
            new(Today, Rating.Good, CardPhase.Review, 6, 0, 0, 600),
            new(Today.AddDays(-1), Rating.Again, CardPhase.Review, 2, 0, 0, 200),
            new(Today, Rating.Again, CardPhase.New, 5, 0, 0, 200),
        ];
        var week = ProgressAnalytics.Weeks(days, Today, weeks: 2)[^1];
        week.WeekStart.ShouldBe(new DateOnly(2026, 11, 23));
        week.Reviews.ShouldBe(13);
        week.ReviewsOfKnownCards.ShouldBe(8);
        week.Retention.ShouldBe(0.75);
        week.MeanSeconds.ShouldNotBeNull().ShouldBe(1000.0 / 13, 1e-9);
    }

    [Fact]
    public void Weeks_without_reviews_have_no_figures()
    {
        var weeks = ProgressAnalytics.Weeks([new DayReviews(Today, Rating.Good, CardPhase.Review, 1, 0, 0, 30)], Today, weeks: 3);
        weeks.Count.ShouldBe(3);
        weeks[0].Retention.ShouldBeNull();
        weeks[0].MeanSeconds.ShouldBeNull();
        weeks[2].MeanSeconds.ShouldBe(30);
    }

    [Fact]
    public void Calibration_is_mean_coverage_of_typed_answers_per_rating()
    {
        var rows = ProgressAnalytics.Calibration(
        [
            new DayReviews(Today, Rating.Good, CardPhase.Review, 3, 2, 1.5, 90),
            new DayReviews(Today.AddDays(-3), Rating.Good, CardPhase.New, 1, 1, 0.0, 20),
            new DayReviews(Today, Rating.Hard, CardPhase.Review, 2, 0, 0, 20),
        ]);
        rows.Single(r => r.Rating == Rating.Good).ShouldBe(new CalibrationRow(Rating.Good, 3, 0.5));
        rows.Single(r => r.Rating == Rating.Hard).ShouldBe(new CalibrationRow(Rating.Hard, 0, null));
        rows.Count.ShouldBe(4);
    }
}
