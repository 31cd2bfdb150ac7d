using MLDrill.Domain.Grading;
using MLDrill.Domain.Questions;
using MLDrill.Infrastructure.Content;

namespace MLDrill.Infrastructure.Tests.Content;

/// <summary>The bank in content/ as it ships: valid, complete for the seed, and graded sensibly.</summary>
public class ShippedContentTests
{
    private static readonly Lazy<ContentLoadResult> Shipped = new(() => ContentLoader.Load(RepositoryContent()));

    public static string RepositoryContent()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "MLDrill.slnx")))
        {
            dir = dir.Parent;
        }

        return Path.Combine(dir?.FullName ?? throw new InvalidOperationException("repository root not found"), "content");
    }

    [Fact]
    public void Every_content_file_is_valid() =>
        Shipped.Value.Problems.ShouldBeEmpty(string.Join("\n", Shipped.Value.Problems));

    [Fact]
    public void At_least_forty_questions_cover_all_five_seed_areas()
    {
        var bank = Shipped.Value.Bank;
        bank.Count.ShouldBeGreaterThanOrEqualTo(40);
        foreach (var area in Area.All.Where(a => a.IsSeedArea))
        {
            bank.InStudyOrder.Count(q => q.Area == area).ShouldBeGreaterThanOrEqualTo(5, area.Id);
        }
    }

    [Fact]
    public void All_seven_example_questions_of_the_seed_are_present()
    {
        var seeds = Shipped.Value.Bank.InStudyOrder.Where(q => q.IsSeed).Select(q => q.Id).Order().ToList();

        seeds.ShouldBe(
        [
            "bias-variance-tradeoff", "feature-scaling-svm", "fraud-detection-metric", "gradient-boosting-vs-random-forest",
            "handle-imbalanced-dataset", "l1-vs-l2-regularization", "pca-how-and-when",
        ]);
    }

    [Fact]
    public void An_empty_answer_covers_nothing_and_a_model_answer_covers_its_own_rubric()
    {
        foreach (var question in Shipped.Value.Bank.InStudyOrder)
        {
            RubricGrader.Grade("", question.KeyPoints).Fraction.ShouldBe(0, question.Id);
            RubricGrader.Grade(question.AnswerMarkdown, question.KeyPoints).Fraction.ShouldBeGreaterThanOrEqualTo(0.9, question.Id);
        }
    }

    [Fact]
    public void No_two_key_points_of_a_question_share_all_their_evidence()
    {
        foreach (var question in Shipped.Value.Bank.InStudyOrder)
        {
            var sets = question.KeyPoints.Select(k => string.Join("|", k.Evidence.Select(e => e.ToLowerInvariant()).Order())).ToList();
            sets.Distinct().Count().ShouldBe(sets.Count, question.Id);
        }
    }

    [Fact]
    public void An_answer_to_a_question_from_another_area_covers_under_forty_percent_of_a_rubric()
    {
        var questions = Shipped.Value.Bank.InStudyOrder;
        var offenders =
            from question in questions
            from other in questions
            where other.Area != question.Area
            let coverage = RubricGrader.Grade(other.AnswerMarkdown, question.KeyPoints).Fraction
            where coverage >= 0.4
            select $"{other.Id}'s answer covers {coverage:P0} of {question.Id}'s rubric";

        offenders.ShouldBeEmpty();
    }

    [Fact]
    public void Every_follow_up_link_resolves_and_ids_are_unique()
    {
        var bank = Shipped.Value.Bank;
        var ids = bank.InStudyOrder.Select(q => q.Id).ToList();

        ids.Distinct().Count().ShouldBe(ids.Count);
        bank.InStudyOrder.SelectMany(q => q.FollowUps).Where(f => f.QuestionId is not null)
            .ShouldAllBe(f => bank.Find(f.QuestionId!) != null);
    }
}
