using MLDrill.Domain.Content;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace MLDrill.Infrastructure.Content;

/// <summary>The YAML front matter between a content file's first two '---' lines, read the one way every content format shares.</summary>
internal static class FrontMatter
{
    /// <summary>
    /// The front matter's fields and the index of the body's first line, or null fields with the problem added
    /// to <paramref name="problems"/>. Never throws for bad YAML.
    /// </summary>
    /// <param name="what">How the messages name the file, e.g. "a question file".</param>
    public static (YamlMappingNode? Fields, int BodyStart) Read(string[] lines, string file, string what, List<ContentProblem> problems)
    {
        if (lines.Length == 0 || lines[0].TrimEnd() != "---")
        {
            problems.Add(new ContentProblem(file, 1, $"{what} starts with a '---' line, then YAML front matter, then '---'"));
            return (null, 0);
        }

        var end = Array.FindIndex(lines, 1, l => l.TrimEnd() == "---");
        if (end < 0)
        {
            problems.Add(new ContentProblem(file, 1, "the front matter is not closed by a '---' line"));
            return (null, 0);
        }

        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(string.Join('\n', lines[1..end])));
            if (stream.Documents.Count == 1 && stream.Documents[0].RootNode is YamlMappingNode mapping)
            {
                return (mapping, end + 1);
            }

            problems.Add(new ContentProblem(file, 2, "the front matter must be a YAML mapping of fields (id: ..., title: ...)"));
        }
        catch (YamlException e)
        {
            // Front matter starts on line 2 of the file.
            problems.Add(new ContentProblem(file, (int)e.Start.Line + 1, $"invalid YAML: {e.InnerException?.Message ?? e.Message}"));
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner throws this instead of a YamlException for some unterminated flow collections.
            problems.Add(new ContentProblem(file, 2, "invalid YAML: an unterminated [ ] or { } list in the front matter"));
        }

        return (null, 0);
    }
}
