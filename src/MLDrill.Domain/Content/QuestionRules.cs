using System.Text.RegularExpressions;
using MLDrill.Domain.Grading;
using MLDrill.Domain.Questions;

namespace MLDrill.Domain.Content;

/// <summary>A rule a question breaks, named by the front-matter field it concerns so a loader can point at its line.</summary>
public sealed record RuleViolation(string Field, string Message);

/// <summary>The content rules of docs/content-format.md that need no file access.</summary>
public static partial class QuestionRules
{
    public const int MinKeyPoints = 3;
    public const int MaxKeyPoints = 7;
    public const int MinMistakes = 2;
    public const int MaxMistakes = 4;
    public const int MinFollowUps = 2;
    public const int MaxFollowUps = 3;

    /// <summary>Share of its own key points a model answer must cover.</summary>
    public const double MinModelAnswerCoverage = 0.9;

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();

    public static bool IsValidId(string id) => id.Length <= 80 && SlugPattern().IsMatch(id);

    /// <summary>Checks one question on its own (bank-wide rules such as unique ids are in <see cref="CheckBank"/>).</summary>
    public static IEnumerable<RuleViolation> Check(Question question)
    {
        if (!IsValidId(question.Id))
        {
            yield return new("id", $"id '{question.Id}' must be lowercase letters, digits and single hyphens (at most 80 characters)");
        }

        if (string.IsNullOrWhiteSpace(question.Title))
        {
            yield return new("title", "title is empty");
        }

        if (question.Topics.Count == 0)
        {
            yield return new("topics", "at least one topic is required");
        }

        if (string.IsNullOrWhiteSpace(question.PromptMarkdown))
        {
            yield return new("prompt", "the '## Prompt' section is empty");
        }

        if (string.IsNullOrWhiteSpace(question.AnswerMarkdown))
        {
            yield return new("answer", "the '## Answer' section is empty");
        }

        foreach (var (section, markdown) in new[] { ("prompt", question.PromptMarkdown), ("answer", question.AnswerMarkdown) })
        {
            if (CountLinesStartingWith(markdown, "```") % 2 != 0)
            {
                yield return new(section, $"the {section} has a code fence (```) that is never closed");
            }

            if (CountOccurrences(markdown, "$$") % 2 != 0)
            {
                yield return new(section, $"the {section} has a '$$' display formula that is never closed");
            }
        }

        if (question.KeyPoints.Count is < MinKeyPoints or > MaxKeyPoints)
        {
            yield return new("key_points", $"{question.KeyPoints.Count} key points; a rubric needs {MinKeyPoints} to {MaxKeyPoints}");
        }

        foreach (var (keyPoint, index) in question.KeyPoints.Select((k, i) => (k, i + 1)))
        {
            if (string.IsNullOrWhiteSpace(keyPoint.Point))
            {
                yield return new("key_points", $"key point {index} has no text");
            }

            if (keyPoint.Evidence.Count == 0 || keyPoint.Evidence.Any(e => AnswerText.Words(e).Count == 0))
            {
                yield return new("key_points", $"key point {index} needs evidence phrases made of words");
            }
        }

        if (question.Mistakes.Count is < MinMistakes or > MaxMistakes)
        {
            yield return new("mistakes", $"{question.Mistakes.Count} common mistakes; need {MinMistakes} to {MaxMistakes}");
        }

        if (question.FollowUps.Count is < MinFollowUps or > MaxFollowUps)
        {
            yield return new("follow_ups", $"{question.FollowUps.Count} follow-ups; need {MinFollowUps} to {MaxFollowUps}");
        }

        if (question.KeyPoints.Count > 0 && !string.IsNullOrWhiteSpace(question.AnswerMarkdown))
        {
            var coverage = RubricGrader.Grade(question.AnswerMarkdown, question.KeyPoints);
            if (coverage.Fraction < MinModelAnswerCoverage)
            {
                var missed = string.Join("; ", coverage.KeyPoints.Where(k => !k.IsCovered).Select(k => $"'{k.KeyPoint.Point}'"));
                yield return new("answer", $"the model answer covers {coverage.Fraction:P0} of its own key points (needs {MinModelAnswerCoverage:P0}); not covered: {missed}");
            }
        }
    }

    private static int CountLinesStartingWith(string text, string prefix) =>
        text.Split('\n').Count(l => l.TrimStart().StartsWith(prefix, StringComparison.Ordinal));

    private static int CountOccurrences(string text, string token)
    {
        var count = 0;
        for (var i = text.IndexOf(token, StringComparison.Ordinal); i >= 0; i = text.IndexOf(token, i + token.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    /// <summary>Rules across the bank: unique ids and follow-up links that resolve. Returns the offending question with each violation.</summary>
    public static IEnumerable<(Question Question, RuleViolation Violation)> CheckBank(IReadOnlyList<Question> questions)
    {
        var firstById = new Dictionary<string, Question>();
        foreach (var question in questions)
        {
            if (!firstById.TryAdd(question.Id, question))
            {
                yield return (question, new("id", $"id '{question.Id}' is already used by {firstById[question.Id].Source}"));
            }
        }

        foreach (var question in questions)
        {
            foreach (var followUp in question.FollowUps.Where(f => f.QuestionId is not null && !firstById.ContainsKey(f.QuestionId)))
            {
                yield return (question, new("follow_ups", $"follow-up links to unknown question id '{followUp.QuestionId}'"));
            }
        }
    }
}
