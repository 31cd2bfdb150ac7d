using MLDrill.Domain.Planning;
using MLDrill.Domain.Questions;
using MLDrill.Domain.Scheduling;

namespace MLDrill.Domain.Tests.Planning;

public class RecentPerformanceTests
{
    private static readonly DateTimeOffset Monday = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_review_counts_fully_when_made_and_half_after_one_half_life()
    {
        var sums = RecentPerformance.None.Add(Monday, Rating.Good, 0.8);

        sums.ShouldBe(new RecentPerformance(1, 3, 1, 0.8, Monday));
        var later = sums.AsOf(Monday + RecentPerformance.HalfLife);
        later.Weight.ShouldBe(0.5, 1e-12);
        later.GradeSum.ShouldBe(1.5, 1e-12);
        later.CoverageWeight.ShouldBe(0.5, 1e-12);
        later.CoverageSum.ShouldBe(0.4, 1e-12);
        sums.AsOf(Monday + (2 * RecentPerformance.HalfLife)).Weight.ShouldBe(0.25, 1e-12);
    }

    [Fact]
    public void An_answer_given_out_loud_counts_towards_the_ratings_but_not_the_coverage()
    {
        var sums = RecentPerformance.None.Add(Monday, Rating.Hard, 0.5).Add(Monday.AddMinutes(10), Rating.Easy, null);

        sums.Weight.ShouldBe(2, 1e-3);
        sums.CoverageWeight.ShouldBe(1, 1e-3);
        sums.CoverageSum.ShouldBe(0.5, 1e-3);
        sums.At.ShouldBe(Monday.AddMinutes(10));
    }

    [Fact]
    public void Folding_review_by_review_gives_the_sums_of_the_whole_history_however_it_is_split()
    {
        var random = new Random(11);
        var reviews = Enumerable.Range(0, 40)
            .Select(i => (At: Monday.AddHours((i * 30) + random.Next(0, 20)), Rating: (Rating)random.Next(1, 5), Coverage: random.Next(3) == 0 ? (double?)null : random.NextDouble()))
            .ToList();

        var stepByStep = RecentPerformance.None;
        foreach (var review in reviews)
        {
            stepByStep = stepByStep.Add(review.At, review.Rating, review.Coverage);
        }

        var whole = RecentPerformance.Of(reviews);
        whole.Weight.ShouldBe(stepByStep.Weight, 1e-12);
        whole.GradeSum.ShouldBe(stepByStep.GradeSum, 1e-12);
        // The same as weighting each review by its own age, the definition the folding stands for.
        var now = reviews[^1].At.AddDays(3);
        var direct = reviews.Sum(r => Math.Pow(0.5, (now - r.At).TotalDays / RecentPerformance.HalfLife.TotalDays) * (int)r.Rating);
        whole.AsOf(now).GradeSum.ShouldBe(direct, 1e-9);
        whole.AsOf(now).Weight.ShouldBeLessThan(reviews.Count);
    }

    [Fact]
    public void Looking_back_in_time_changes_nothing()
    {
        var sums = RecentPerformance.None.Add(Monday, Rating.Again, 0.1);

        sums.AsOf(Monday.AddDays(-1)).ShouldBe(sums);
        RecentPerformance.None.AsOf(Monday).ShouldBe(RecentPerformance.None);
    }

    [Fact]
    public void Two_bad_reviews_this_week_make_a_topic_weak_where_one_does_not_and_old_ones_fade()
    {
        var bank = new QuestionBank([PlanBank.Question(Area.CoreConcepts, 1, "trees")]);
        TopicStanding Standing(RecentPerformance sums, DateTimeOffset now) =>
            TopicStanding.From(bank, [sums.ToHistory("core-concepts-01", now)]).Single();

        var once = RecentPerformance.None.Add(Monday, Rating.Again, 0.1);
        var twice = once.Add(Monday.AddMinutes(10), Rating.Hard, 0.2);

        Standing(once, Monday.AddHours(1)).IsWeak.ShouldBeFalse("one bad review is not a pattern");
        var weak = Standing(twice, Monday.AddDays(2));
        weak.IsWeak.ShouldBeTrue();
        weak.RatingScore.ShouldBe(1 / 6.0, 1e-3);
        weak.Coverage!.Value.ShouldBe(0.15, 1e-3);
        Standing(twice, Monday.AddDays(30)).IsWeak.ShouldBeFalse("a month later two reviews weigh less than the minimum");
    }
}
