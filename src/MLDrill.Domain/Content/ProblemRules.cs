using System.Text.RegularExpressions;
using MLDrill.Domain.Coding;

namespace MLDrill.Domain.Content;

/// <summary>The rules of docs/problem-format.md that need no file access or sandbox.</summary>
public static partial class ProblemRules
{
    public const int MinTests = 8;
    public const int MinVisible = 2;
    public const int MinHidden = 2;
    public const int MaxTestsFileBytes = 1024 * 1024;

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex IdentifierPattern();

    public static IEnumerable<RuleViolation> Check(CodingProblem problem)
    {
        if (!QuestionRules.IsValidId(problem.Id))
        {
            yield return new("id", $"id '{problem.Id}' must be lowercase letters, digits and single hyphens");
        }

        if (string.IsNullOrWhiteSpace(problem.Title))
        {
            yield return new("title", "title is empty");
        }

        if (!IdentifierPattern().IsMatch(problem.Function))
        {
            yield return new("function", $"function '{problem.Function}' is not a Python identifier");
        }

        if (problem.Tags.Count is 0 or > 6 || problem.Tags.Any(t => !QuestionRules.IsValidId(t)))
        {
            yield return new("tags", "tags: 1-6 lowercase-hyphen tags");
        }

        if (problem.RevealAfter is < 1 or > 20)
        {
            yield return new("reveal_after", "reveal_after must be between 1 and 20");
        }

        if (problem.TimeLimitMs is < 500 or > CodingProblem.MaxTimeLimitMs)
        {
            yield return new("time_limit_ms", $"time_limit_ms must be between 500 and {CodingProblem.MaxTimeLimitMs}");
        }

        if (string.IsNullOrWhiteSpace(problem.StatementMarkdown) || string.IsNullOrWhiteSpace(problem.ExplanationMarkdown))
        {
            yield return new("body", "problem.md needs a '## Statement' and an '## Explanation' section, both non-empty");
        }

        foreach (var (name, source) in new[] { ("starter.py", problem.Starter), ("solution.py", problem.Reference) })
        {
            if (SourceRules.Reject(source) is not null || !source.Contains($"def {problem.Function}(", StringComparison.Ordinal))
            {
                yield return new("files", $"{name} must define {problem.Function}() and be at most {SourceRules.MaxBytes / 1024} KiB of text");
            }
        }

        if (problem.WrongSolutions.Count == 0)
        {
            yield return new("files", "at least one known-wrong solution is needed under wrong/");
        }

        foreach (var wrong in problem.WrongSolutions.Where(w => string.IsNullOrWhiteSpace(w.Mistake)))
        {
            yield return new("files", $"wrong/{wrong.Name} must start with a '# Wrong: ...' line saying what is wrong");
        }

        foreach (var violation in CheckTests(problem.Tests))
        {
            yield return violation;
        }
    }

    private static IEnumerable<RuleViolation> CheckTests(IReadOnlyList<ProblemTest> tests)
    {
        if (tests.Count < MinTests)
        {
            yield return new("tests", $"tests.json has {tests.Count} tests; at least {MinTests} are needed");
        }

        if (tests.Count(t => t.Visible) < MinVisible || tests.Count(t => !t.Visible) < MinHidden)
        {
            yield return new("tests", $"tests.json needs at least {MinVisible} visible and {MinHidden} hidden tests");
        }

        if (!tests.Any(t => t.Category.StartsWith("edge", StringComparison.Ordinal)))
        {
            yield return new("tests", "tests.json needs at least one test whose category starts with 'edge'");
        }

        foreach (var name in tests.GroupBy(t => t.Name).Where(g => g.Count() > 1).Select(g => g.Key))
        {
            yield return new("tests", $"test name '{name}' is used twice");
        }

        foreach (var test in tests.Where(t => t.Compare.Mode == CompareMode.Metric && (t.Compare.Metric is null || (t.Compare.Min is null && t.Compare.Max is null))))
        {
            yield return new("tests", $"test '{test.Name}': a metric comparison needs 'metric' and 'min' or 'max'");
        }

        foreach (var test in tests.Where(t => t.Compare.Mode is CompareMode.Unordered or CompareMode.Partition or CompareMode.Metric && NumericArray.From(t.Expected) is null))
        {
            yield return new("tests", $"test '{test.Name}': '{test.Compare.Mode}' comparison needs an array as expected value");
        }
    }
}
