using System.Text;

namespace MLDrill.Domain.Grading;

/// <summary>
/// Text reduced to comparable words: lower case, letters and digits only, simple plurals folded.
/// Both answers and evidence phrases go through it, so they are compared the same way.
/// </summary>
public static class AnswerText
{
    /// <summary>Splits text into lower-case words of letters and digits; everything else separates.</summary>
    /// <param name="keepWildcards">For evidence phrases: a star right after a word stays on it as a prefix wildcard.
    /// In answers a star is Markdown emphasis and separates like any other punctuation.</param>
    public static IReadOnlyList<string> Words(string text, bool keepWildcards = false)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                current.Append(char.ToLowerInvariant(c));
            }
            else if (keepWildcards && c == '*' && current.Length > 0)
            {
                current.Append('*');
                Flush();
            }
            else
            {
                Flush();
            }
        }

        Flush();
        return words;

        void Flush()
        {
            if (current.Length > 0)
            {
                words.Add(current.ToString());
                current.Clear();
            }
        }
    }

    /// <summary>Folds simple English plurals so "weights" matches "weight".</summary>
    public static string Singular(string word)
    {
        if (word.Length > 4 && word.EndsWith("ies", StringComparison.Ordinal))
        {
            return word[..^3] + "y";
        }

        if (word.Length > 4 && (word.EndsWith("sses", StringComparison.Ordinal) || word.EndsWith("xes", StringComparison.Ordinal)
            || word.EndsWith("ches", StringComparison.Ordinal) || word.EndsWith("shes", StringComparison.Ordinal)))
        {
            return word[..^2];
        }

        if (word.Length > 3 && word[^1] == 's' && !word.EndsWith("ss", StringComparison.Ordinal)
            && !word.EndsWith("us", StringComparison.Ordinal) && !word.EndsWith("is", StringComparison.Ordinal))
        {
            return word[..^1];
        }

        return word;
    }
}
