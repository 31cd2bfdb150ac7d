using System.Text.Json;
using System.Text.Json.Nodes;
using MLDrill.Domain.Coding;
using MLDrill.Domain.Content;
using MLDrill.Domain.Questions;
using YamlDotNet.RepresentationModel;

namespace MLDrill.Infrastructure.Content;

/// <summary>Reads one <c>content/problems/&lt;id&gt;/</c> folder (docs/problem-format.md) into a <see cref="CodingProblem"/>.</summary>
public static class ProblemFolderParser
{
    private const int MaxSourceFileBytes = 64 * 1024;

    /// <summary>The parsed problem, or null with the problems that stopped it. Never throws for bad content.</summary>
    public static (CodingProblem? Problem, IReadOnlyList<ContentProblem> Problems) Parse(string folder, string display)
    {
        var problems = new List<ContentProblem>();
        try
        {
            var problem = Read(folder, display, problems);
            if (problem is not null)
            {
                problems.AddRange(ProblemRules.Check(problem).Select(v => new ContentProblem(FileOf(display, v.Field), 1, v.Message)));
                if (problem.Id != Path.GetFileName(folder))
                {
                    problems.Add(new ContentProblem($"{display}/problem.md", 1, $"id '{problem.Id}' does not match its folder '{Path.GetFileName(folder)}'"));
                }
            }

            return (problems.Count == 0 ? problem : null, problems);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, [new ContentProblem(display, 1, $"cannot read: {e.Message}")]);
        }
    }

    private static string FileOf(string display, string field) => field switch
    {
        "tests" => $"{display}/tests.json",
        "files" => display,
        _ => $"{display}/problem.md",
    };

    private static CodingProblem? Read(string folder, string display, List<ContentProblem> problems)
    {
        string? Text(string name, int maxBytes)
        {
            var path = Path.Combine(folder, name);
            if (!File.Exists(path))
            {
                problems.Add(new ContentProblem($"{display}/{name}", 1, "file is missing"));
                return null;
            }

            if (new FileInfo(path).Length > maxBytes)
            {
                problems.Add(new ContentProblem($"{display}/{name}", 1, $"file is larger than {maxBytes / 1024} KiB"));
                return null;
            }

            return File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
        }

        var markdown = Text("problem.md", 256 * 1024);
        var starter = Text("starter.py", MaxSourceFileBytes);
        var reference = Text("solution.py", MaxSourceFileBytes);
        var testsJson = Text("tests.json", ProblemRules.MaxTestsFileBytes);
        var wrongDir = Path.Combine(folder, "wrong");
        var wrong = Directory.Exists(wrongDir)
            ? Directory.EnumerateFiles(wrongDir, "*.py").Order(StringComparer.Ordinal)
                .Select(p => (Name: Path.GetFileName(p), Source: Text(Path.Combine("wrong", Path.GetFileName(p)), MaxSourceFileBytes)))
                .Where(w => w.Source is not null)
                .Select(w => new WrongSolution(w.Name, MistakeOf(w.Source!), w.Source!))
                .ToList()
            : [];
        if (markdown is null || starter is null || reference is null || testsJson is null)
        {
            return null;
        }

        var header = ReadMarkdown(markdown, $"{display}/problem.md", problems);
        var tests = ReadTests(testsJson, $"{display}/tests.json", problems);
        if (header is null || tests is null)
        {
            return null;
        }

        return header with { Starter = starter, Reference = reference, WrongSolutions = wrong, Tests = tests, Source = display };
    }

    private static string MistakeOf(string source)
    {
        var first = source.Split('\n', 2)[0].Trim();
        return first.StartsWith("# Wrong:", StringComparison.Ordinal) ? first["# Wrong:".Length..].Trim() : "";
    }

    private static CodingProblem? ReadMarkdown(string text, string file, List<ContentProblem> problems)
    {
        var lines = text.Split('\n');
        var (fields, bodyStart) = FrontMatter.Read(lines, file, "problem.md", problems);
        if (fields is null)
        {
            return null;
        }

        string? Scalar(string name) => fields.Children.TryGetValue(new YamlScalarNode(name), out var node) && node is YamlScalarNode s ? s.Value : null;
        var body = string.Join('\n', lines[bodyStart..]);
        var statement = Section(body, "## Statement");
        var explanation = Section(body, "## Explanation");
        var difficulty = Enum.TryParse<Difficulty>(Scalar("difficulty"), ignoreCase: true, out var d) ? d : (Difficulty?)null;
        var kind = Enum.TryParse<ProblemKind>(Scalar("kind"), ignoreCase: true, out var k) ? k : (ProblemKind?)null;
        var tags = fields.Children.TryGetValue(new YamlScalarNode("tags"), out var tagNode) && tagNode is YamlSequenceNode seq
            ? seq.Children.OfType<YamlScalarNode>().Select(t => t.Value ?? "").ToList()
            : [];
        var missing = new[] { "id", "title", "function" }.Where(f => string.IsNullOrWhiteSpace(Scalar(f))).ToList();
        if (missing.Count > 0 || difficulty is null || kind is null)
        {
            problems.Add(new ContentProblem(file, 2,
                missing.Count > 0 ? $"front matter needs {string.Join(", ", missing)}" : "difficulty must be easy/medium/hard and kind implement/troubleshoot"));
            return null;
        }

        int Number(string name, int fallback)
        {
            var text = Scalar(name);
            if (text is null)
            {
                return fallback;
            }

            if (int.TryParse(text, out var value))
            {
                return value;
            }

            problems.Add(new ContentProblem(file, 2, $"{name} must be a whole number"));
            return fallback;
        }

        return new CodingProblem
        {
            Id = Scalar("id")!,
            Title = Scalar("title")!,
            Difficulty = difficulty.Value,
            Kind = kind.Value,
            Tags = tags,
            Function = Scalar("function")!,
            StatementMarkdown = statement,
            ExplanationMarkdown = explanation,
            RevealAfter = Number("reveal_after", CodingProblem.DefaultRevealAfter),
            TimeLimitMs = Number("time_limit_ms", CodingProblem.DefaultTimeLimitMs),
            Starter = "",
            Reference = "",
            WrongSolutions = [],
            Tests = [],
        };
    }

    /// <summary>The text under <paramref name="heading"/> up to the next "## " heading.</summary>
    private static string Section(string body, string heading)
    {
        var start = body.IndexOf(heading + "\n", StringComparison.Ordinal);
        if (start < 0)
        {
            return "";
        }

        start += heading.Length + 1;
        var next = body.IndexOf("\n## ", start, StringComparison.Ordinal);
        return (next < 0 ? body[start..] : body[start..next]).Trim();
    }

    private static List<ProblemTest>? ReadTests(string json, string file, List<ContentProblem> problems)
    {
        JsonObject? root;
        try
        {
            root = JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { AllowDuplicateProperties = false }) as JsonObject;
        }
        catch (JsonException e)
        {
            problems.Add(new ContentProblem(file, (int)(e.LineNumber ?? 0) + 1, $"invalid JSON: {e.Message}"));
            return null;
        }

        if (root?["tests"] is not JsonArray items)
        {
            problems.Add(new ContentProblem(file, 1, "tests.json must be an object with a 'tests' array"));
            return null;
        }

        var defaults = ReadCompare(root["compare"], CompareSpec.Default, file, "compare", problems);
        var tests = new List<ProblemTest>();
        foreach (var (item, index) in items.Select((t, i) => (t as JsonObject, i)))
        {
            var where = $"test {index + 1}";
            if (item?["name"] is not JsonValue name || !name.TryGetValue<string>(out var nameText) || item["args"] is not JsonArray args || !item.ContainsKey("expected"))
            {
                problems.Add(new ContentProblem(file, 1, $"{where} needs a 'name', an 'args' array and an 'expected' value"));
                continue;
            }

            var category = item["category"] is JsonValue c && c.TryGetValue<string>(out var categoryText) ? categoryText : "basic";
            var visible = item["visible"] is JsonValue v && v.TryGetValue<bool>(out var isVisible) && isVisible;
            var compare = ReadCompare(item["compare"], defaults, file, $"{where} compare", problems);
            tests.Add(new ProblemTest(nameText, category, visible, args, item["expected"], compare));
        }

        return tests;
    }

    private static CompareSpec ReadCompare(JsonNode? node, CompareSpec fallback, string file, string where, List<ContentProblem> problems)
    {
        if (node is null)
        {
            return fallback;
        }

        if (node is not JsonObject spec)
        {
            problems.Add(new ContentProblem(file, 1, $"{where} must be an object"));
            return fallback;
        }

        double? Number(string name) => spec[name] is JsonValue value && value.TryGetValue<double>(out var number) ? number : null;
        var modeText = spec["mode"]?.ToString() ?? "close";
        if (!Enum.TryParse<CompareMode>(modeText, ignoreCase: true, out var mode))
        {
            problems.Add(new ContentProblem(file, 1, $"{where}: unknown mode '{modeText}' (close, unordered, partition, metric)"));
            return fallback;
        }

        MetricName? metric = null;
        if (spec["metric"]?.ToString() is { } metricText)
        {
            if (Enum.TryParse<MetricName>(metricText.Replace("_", "", StringComparison.Ordinal), ignoreCase: true, out var parsed))
            {
                metric = parsed;
            }
            else
            {
                problems.Add(new ContentProblem(file, 1, $"{where}: unknown metric '{metricText}' (accuracy, f1, roc_auc, r2, rmse, log_loss)"));
            }
        }

        return new CompareSpec(mode, Number("atol") ?? fallback.AbsoluteTolerance, Number("rtol") ?? fallback.RelativeTolerance,
            metric ?? fallback.Metric, Number("min") ?? fallback.Min, Number("max") ?? fallback.Max);
    }
}
