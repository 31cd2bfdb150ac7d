using MLDrill.Domain.Questions;
using MLDrill.Infrastructure.Content;

namespace MLDrill.Infrastructure.Tests.Content;

public sealed class ContentLoaderTests : IDisposable
{
    private readonly QuestionFiles _files = new();

    public void Dispose() => _files.Dispose();

    private string Problems() => string.Join("\n", ContentLoader.Load(_files.Root).Problems);

    [Fact]
    public void A_valid_file_loads_into_a_question()
    {
        _files.Write("core-concepts", "l1.md", QuestionFiles.Valid);

        var result = ContentLoader.Load(_files.Root);

        result.Problems.ShouldBeEmpty();
        var question = result.Bank.Find("l1-vs-l2").ShouldNotBeNull();
        question.Area.ShouldBe(Area.CoreConcepts);
        question.Kind.ShouldBe(QuestionKind.TradeOff);
        question.Difficulty.ShouldBe(Difficulty.Medium);
        question.KeyPoints.Count.ShouldBe(3);
        question.KeyPoints[0].Evidence.ShouldBe(["exactly zero", "sparse"]);
        question.PromptMarkdown.ShouldBe("What is the difference between L1 and L2 regularization?");
        question.AnswerMarkdown.ShouldStartWith("L1 makes the solution sparse");
        question.Source.ShouldEndWith("questions/core-concepts/l1.md");
    }

    [Theory]
    [InlineData("area: core-concepts", "area: astrology", 4, "unknown area 'astrology'")]
    [InlineData("kind: trade-off", "kind: essay", 6, "unknown kind 'essay'")]
    [InlineData("difficulty: medium", "difficulty: brutal", 7, "unknown difficulty 'brutal'")]
    [InlineData("topics: [regularization]", "topics: []", 5, "at least one topic")]
    [InlineData("title: L1 vs L2 regularization", "title: \"oops", 3, "invalid YAML")]
    [InlineData("title: L1 vs L2 regularization", "title: [oops", 2, "invalid YAML")]
    [InlineData("id: l1-vs-l2", "id: L1 vs L2!", 2, "lowercase letters")]
    public void A_broken_field_is_reported_at_its_line(string valid, string broken, int line, string message)
    {
        _files.Write("core-concepts", "l1.md", QuestionFiles.Valid.Replace(valid, broken, StringComparison.Ordinal));

        var result = ContentLoader.Load(_files.Root);

        result.Bank.Count.ShouldBe(0);
        var problem = result.Problems.ShouldHaveSingleItem();
        problem.File.ShouldBe($"{Path.GetFileName(_files.Root)}/questions/core-concepts/l1.md");
        problem.Line.ShouldBe(line);
        problem.Message.ShouldContain(message);
        problem.ToString().ShouldStartWith($"{problem.File}:{line}: ");
    }

    [Fact]
    public void A_missing_required_field_is_named()
    {
        _files.Write("core-concepts", "l1.md", QuestionFiles.Valid.Replace("kind: trade-off\n", "", StringComparison.Ordinal));

        Problems().ShouldContain("required field 'kind' is missing");
    }

    [Fact]
    public void A_model_answer_that_misses_its_own_rubric_is_rejected()
    {
        _files.Write("core-concepts", "l1.md", QuestionFiles.Valid.Replace("and is a Gaussian prior", "and that is all", StringComparison.Ordinal));

        Problems().ShouldContain("covers 67 % of its own key points");
    }

    [Fact]
    public void Too_few_key_points_are_rejected()
    {
        var text = QuestionFiles.Valid.Replace("""
              - point: L2 corresponds to a Gaussian prior
                evidence: ["gaussian prior"]

            """.ReplaceLineEndings("\n"), "", StringComparison.Ordinal);
        _files.Write("core-concepts", "l1.md", text);

        Problems().ShouldContain("2 key points; a rubric needs 3 to 7");
    }

    [Fact]
    public void A_key_point_without_evidence_is_rejected()
    {
        _files.Write("core-concepts", "l1.md", QuestionFiles.Valid.Replace("evidence: [\"shrink*\"]", "evidence: []", StringComparison.Ordinal));

        Problems().ShouldContain("key point 2 needs evidence phrases");
    }

    [Fact]
    public void Missing_sections_and_front_matter_are_reported()
    {
        _files.Write("core-concepts", "a.md", "no front matter here");
        _files.Write("core-concepts", "b.md", QuestionFiles.Valid.Replace("## Answer", "## Solution", StringComparison.Ordinal));
        _files.Write("core-concepts", "c.md", "---\nid: x\n");

        var problems = Problems();
        problems.ShouldContain("a.md:1: a question file starts with a '---' line");
        problems.ShouldContain("b.md:24: the body needs a '## Prompt' section followed by an '## Answer' section");
        problems.ShouldContain("c.md:1: the front matter is not closed");
    }

    [Fact]
    public void An_unclosed_code_fence_or_display_formula_is_rejected()
    {
        _files.Write("core-concepts", "l1.md", QuestionFiles.Valid + "\n```mermaid\ngraph TD; A-->B\n\n$$ x^2\n");

        var problems = Problems();
        problems.ShouldContain("code fence (```) that is never closed");
        problems.ShouldContain("'$$' display formula that is never closed");
    }

    [Fact]
    public void Duplicate_ids_keep_the_first_file_and_report_the_second()
    {
        _files.Write("core-concepts", "a.md", QuestionFiles.Valid);
        _files.Write("core-concepts", "b.md", QuestionFiles.Valid);

        var result = ContentLoader.Load(_files.Root);

        result.Bank.Count.ShouldBe(1);
        result.Bank.Find("l1-vs-l2")!.Source.ShouldEndWith("a.md");
        result.Problems.ShouldHaveSingleItem().Message.ShouldContain("already used by");
    }

    [Fact]
    public void A_follow_up_link_must_resolve()
    {
        _files.Write("core-concepts", "l1.md", QuestionFiles.Valid.Replace("- text: What is elastic net?", "- text: What is elastic net?\n    id: elastic-net", StringComparison.Ordinal));

        Problems().ShouldContain("unknown question id 'elastic-net'");
    }

    [Fact]
    public void A_file_in_the_wrong_area_folder_is_rejected()
    {
        _files.Write("deployment-mlops", "l1.md", QuestionFiles.Valid);

        Problems().ShouldContain("does not match its folder 'deployment-mlops'");
    }

    [Fact]
    public void Bad_files_are_skipped_and_good_ones_still_load()
    {
        _files.Write("core-concepts", "good.md", QuestionFiles.Valid);
        _files.Write("core-concepts", "bad.md", "\u0000\u0001 binary junk");

        var result = ContentLoader.Load(_files.Root);

        result.Bank.Count.ShouldBe(1);
        result.Problems.Count.ShouldBe(1);
        result.FilesRead.ShouldBe(2);
    }

    [Fact]
    public void A_missing_content_folder_is_a_problem_not_a_crash()
    {
        var result = ContentLoader.Load(Path.Combine(_files.Root, "nope"));

        result.Bank.Count.ShouldBe(0);
        result.Problems.ShouldHaveSingleItem().Message.ShouldContain("not found");
    }
}
