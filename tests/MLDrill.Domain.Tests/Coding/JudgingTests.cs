using System.Text.Json.Nodes;
using MLDrill.Domain.Coding;
using MLDrill.Domain.Questions;

namespace MLDrill.Domain.Tests.Coding;

/// <summary>How a sandbox run becomes a verdict, from the result channel's lines alone.</summary>
public class JudgingTests
{
    private static readonly CodingProblem Problem = new()
    {
        Id = "square",
        Title = "Square",
        Difficulty = Difficulty.Easy,
        Kind = ProblemKind.Implement,
        Tags = ["test"],
        Function = "square",
        StatementMarkdown = "s",
        ExplanationMarkdown = "e",
        Starter = "",
        Reference = "",
        WrongSolutions = [],
        Tests =
        [
            new ProblemTest("two", "basic", true, [JsonValue.Create(2)], JsonValue.Create(4), CompareSpec.Default),
            new ProblemTest("secret", "edge: negative", false, [JsonValue.Create(-3)], JsonValue.Create(9), CompareSpec.Default),
        ],
    };

    private static JudgeReport Decide(string lines, RunEnding ending = RunEnding.Exited, int exitCode = 0) =>
        Judging.Decide(Problem, Problem.Tests, new SandboxResult(ending, exitCode, lines, "printed", 0.1, 0.05));

    [Fact]
    public void All_outputs_matching_is_accepted() =>
        Decide("""{"test": 0, "value": 4}""" + "\n" + """{"test": 1, "value": 9}""" + "\n" + """{"done": true}""").Verdict.ShouldBe(Verdict.Accepted);

    [Fact]
    public void A_wrong_hidden_output_is_a_wrong_answer_that_reveals_nothing_of_the_test()
    {
        var report = Decide("""{"test": 0, "value": 4}""" + "\n" + """{"test": 1, "value": -9}""");
        report.Verdict.ShouldBe(Verdict.WrongAnswer);
        var hidden = report.Tests[1];
        hidden.Status.ShouldBe(TestStatus.Failed);
        (hidden.Input, hidden.Expected, hidden.Actual, hidden.Difference).ShouldBe((null, null, null, null));
        hidden.Category.ShouldBe("edge: negative");
        report.Summary.ShouldBe("Wrong answer: 1 of 2 tests passed; first failure: a hidden test (edge: negative).");
    }

    [Fact]
    public void A_visible_failure_shows_input_expected_output_and_difference()
    {
        var visible = Decide("""{"test": 0, "value": 5}""" + "\n" + """{"test": 1, "value": 9}""").Tests[0];
        (visible.Input, visible.Expected, visible.Actual).ShouldBe(("2", "4", "5"));
        visible.Difference.ShouldBe("result is 5, expected 4");
    }

    [Fact]
    public void An_exception_is_a_runtime_error_with_the_traceback()
    {
        var report = Decide("""{"test": 0, "error": "Traceback...\nZeroDivisionError: division by zero"}""" + "\n" + """{"test": 1, "value": 9}""");
        report.Verdict.ShouldBe(Verdict.RuntimeError);
        report.Traceback.ShouldNotBeNull().ShouldContain("ZeroDivisionError");
        report.Tests[0].Difference.ShouldBe("ZeroDivisionError: division by zero");
    }

    [Fact]
    public void A_run_stopped_before_every_test_takes_the_limit_as_its_verdict()
    {
        Decide("""{"test": 0, "value": 4}""", RunEnding.WallTimeLimit, 137).Verdict.ShouldBe(Verdict.TimeLimit);
        Decide("""{"test": 0, "value": 4}""", RunEnding.MemoryLimit, 137).Verdict.ShouldBe(Verdict.MemoryLimit);
        Decide("", RunEnding.OutputLimit, 137).Verdict.ShouldBe(Verdict.OutputLimit);
    }

    [Fact]
    public void Missing_results_without_a_limit_are_a_runtime_error_not_a_pass()
    {
        var report = Decide("""{"test": 0, "value": 4}""", RunEnding.KilledBySignal, 139);
        report.Verdict.ShouldBe(Verdict.RuntimeError);
        report.Traceback.ShouldNotBeNull().ShouldContain("SIGSEGV");
    }

    [Fact]
    public void Garbage_and_duplicate_lines_on_the_channel_cannot_make_a_pass()
    {
        var report = Decide("not json\n{\"test\": 0, \"value\": 4}\n{\"test\": 0, \"value\": 4}\n{\"test\": 7, \"value\": 1}");
        report.Verdict.ShouldBe(Verdict.RuntimeError);
        report.Tests[1].Status.ShouldBe(TestStatus.NotRun);
    }

    [Fact]
    public void A_load_error_is_reported_once_with_its_traceback() =>
        Decide("""{"load_error": "SyntaxError: invalid syntax", "memory": false}""").Traceback.ShouldBe("SyntaxError: invalid syntax");

    [Theory]
    [InlineData("")]
    [InlineData("  \n\t")]
    public void Empty_source_is_rejected(string source) => SourceRules.Reject(source).ShouldNotBeNull();

    [Fact]
    public void Oversized_and_nul_sources_are_rejected_with_a_reason()
    {
        SourceRules.Reject(new string('x', SourceRules.MaxBytes + 1)).ShouldNotBeNull().ShouldContain("64 KiB");
        SourceRules.Reject("def f():\0").ShouldNotBeNull().ShouldContain("NUL");
        SourceRules.Reject("def f():\n    return 1\n").ShouldBeNull();
    }
}
