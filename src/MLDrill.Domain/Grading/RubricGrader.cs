using MLDrill.Domain.Questions;

namespace MLDrill.Domain.Grading;

/// <summary>Which key points of a rubric an answer covers, and the share covered.</summary>
public sealed record RubricCoverage(IReadOnlyList<KeyPointCoverage> KeyPoints)
{
    public int CoveredCount => KeyPoints.Count(k => k.IsCovered);

    /// <summary>Covered key points over all key points, in [0, 1]; 0 for an empty rubric.</summary>
    public double Fraction => KeyPoints.Count == 0 ? 0 : (double)CoveredCount / KeyPoints.Count;
}

/// <summary>One key point and the evidence phrase that showed it, if any.</summary>
public sealed record KeyPointCoverage(KeyPoint KeyPoint, string? MatchedEvidence)
{
    public bool IsCovered => MatchedEvidence is not null;
}

/// <summary>Checks a written answer against a question's rubric by its evidence phrases (see docs/content-format.md).</summary>
public static class RubricGrader
{
    public static RubricCoverage Grade(string answer, IReadOnlyList<KeyPoint> keyPoints)
    {
        var words = AnswerText.Words(answer).Select(AnswerText.Singular).ToArray();
        var coverage = keyPoints
            .Select(k => new KeyPointCoverage(k, k.Evidence.FirstOrDefault(e => Contains(words, e))))
            .ToList();
        return new RubricCoverage(coverage);
    }

    /// <summary>True when the phrase's words occur next to each other, in order, in <paramref name="words"/>.</summary>
    public static bool Contains(IReadOnlyList<string> words, string phrase)
    {
        var pattern = AnswerText.Words(phrase, keepWildcards: true).ToArray();
        if (pattern.Length == 0 || pattern.Length > words.Count)
        {
            return false;
        }

        for (var start = 0; start <= words.Count - pattern.Length; start++)
        {
            var all = true;
            for (var i = 0; i < pattern.Length && all; i++)
            {
                all = WordMatches(words[start + i], pattern[i]);
            }

            if (all)
            {
                return true;
            }
        }

        return false;
    }

    private static bool WordMatches(string answerWord, string patternWord) =>
        patternWord.EndsWith('*')
            ? answerWord.StartsWith(patternWord[..^1], StringComparison.Ordinal)
            : answerWord == AnswerText.Singular(patternWord);
}
