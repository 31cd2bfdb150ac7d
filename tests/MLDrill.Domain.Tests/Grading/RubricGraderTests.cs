using MLDrill.Domain.Grading;
using MLDrill.Domain.Questions;

namespace MLDrill.Domain.Tests.Grading;

public class RubricGraderTests
{
    private static readonly KeyPoint Sparsity = new("L1 drives weights exactly to zero", ["exactly zero", "sparse", "feature selection"]);
    private static readonly KeyPoint Shrinkage = new("L2 shrinks weights smoothly", ["shrink*", "squared weights"]);
    private static readonly KeyPoint Prior = new("L2 is a Gaussian prior", ["gaussian prior"]);

    [Theory]
    [InlineData("L1 gives a SPARSE solution", true)]
    [InlineData("Many weights become exactly zero.", true)]
    [InlineData("it performs feature-selection", true)]
    [InlineData("weights become exact zeros", false)]
    [InlineData("zero exactly", false)]
    public void A_key_point_is_covered_when_one_evidence_phrase_occurs_in_order(string answer, bool covered) =>
        RubricGrader.Grade(answer, [Sparsity]).KeyPoints[0].IsCovered.ShouldBe(covered);

    [Theory]
    [InlineData("it shrinks them")]
    [InlineData("shrinkage towards zero")]
    [InlineData("penalises the squared weight")]
    public void Wildcards_and_plurals_match_word_variants(string answer) =>
        RubricGrader.Grade(answer, [Shrinkage]).KeyPoints[0].IsCovered.ShouldBeTrue();

    [Fact]
    public void Markdown_emphasis_in_an_answer_does_not_hide_a_word()
    {
        RubricGrader.Grade("L1 is **sparse** and the *Gaussian prior* view", [Sparsity, Prior]).Fraction.ShouldBe(1);
    }

    [Fact]
    public void Coverage_is_the_share_of_key_points_covered()
    {
        var coverage = RubricGrader.Grade("L1 is sparse; L2 shrinks.", [Sparsity, Shrinkage, Prior]);

        coverage.CoveredCount.ShouldBe(2);
        coverage.Fraction.ShouldBe(2.0 / 3, 1e-12);
        coverage.KeyPoints[0].MatchedEvidence.ShouldBe("sparse");
        coverage.KeyPoints[2].MatchedEvidence.ShouldBeNull();
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("<script>alert(1)</script>")]
    public void An_empty_or_irrelevant_answer_covers_nothing(string answer) =>
        RubricGrader.Grade(answer, [Sparsity, Shrinkage, Prior]).Fraction.ShouldBe(0);

    [Theory]
    [InlineData("weights", "weight")]
    [InlineData("probabilities", "probability")]
    [InlineData("classes", "class")]
    [InlineData("class", "class")]
    [InlineData("features", "feature")]
    public void Plurals_fold_to_the_singular(string word, string singular) =>
        AnswerText.Singular(word).ShouldBe(singular);
}
