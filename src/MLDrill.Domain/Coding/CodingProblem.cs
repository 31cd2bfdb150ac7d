using System.Buffers;
using System.Text.Json;
using System.Text.Json.Nodes;
using MLDrill.Domain.Questions;

namespace MLDrill.Domain.Coding;

public enum ProblemKind
{
    /// <summary>Write a function from scratch.</summary>
    Implement,

    /// <summary>Fix given training code until a held-out metric passes a bar.</summary>
    Troubleshoot,
}

/// <summary>
/// One test: positional arguments and the expected output, encoded as in docs/problem-format.md. Both are kept as
/// compact UTF-8 JSON and parsed when a run needs them: as node trees, a catalogue's test data would take several
/// times its size in memory for the whole life of the app.
/// </summary>
public sealed class ProblemTest(string name, string category, bool visible, JsonArray arguments, JsonNode? expected, CompareSpec compare)
{
    private readonly byte[] _arguments = Utf8(arguments);
    private readonly byte[]? _expected = expected is null ? null : Utf8(expected);

    public string Name { get; } = name;

    public string Category { get; } = category;

    public bool Visible { get; } = visible;

    public CompareSpec Compare { get; } = compare;

    /// <summary>A fresh copy on every call: callers may change it.</summary>
    public JsonArray Arguments => JsonNode.Parse(_arguments)!.AsArray();

    /// <summary>A fresh copy on every call; null for a JSON null.</summary>
    public JsonNode? Expected => _expected is null ? null : JsonNode.Parse(_expected);

    private static byte[] Utf8(JsonNode node)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            node.WriteTo(writer);
        }

        return buffer.WrittenSpan.ToArray();
    }
}

/// <summary>A known-wrong solution the tests must reject; <see cref="Mistake"/> is its "# Wrong:" line.</summary>
public sealed record WrongSolution(string Name, string Mistake, string Source);

/// <summary>A from-scratch coding problem judged in the sandbox. Markdown fields are raw Markdown.</summary>
public sealed record CodingProblem
{
    public const int DefaultRevealAfter = 3;
    public const int DefaultTimeLimitMs = 5_000;
    public const int MaxTimeLimitMs = 20_000;

    public required string Id { get; init; }
    public required string Title { get; init; }
    public required Difficulty Difficulty { get; init; }
    public required ProblemKind Kind { get; init; }
    public required IReadOnlyList<string> Tags { get; init; }

    /// <summary>The Python function the judge calls with each test's arguments.</summary>
    public required string Function { get; init; }

    public required string StatementMarkdown { get; init; }
    public required string ExplanationMarkdown { get; init; }
    public required string Starter { get; init; }
    public required string Reference { get; init; }
    public required IReadOnlyList<WrongSolution> WrongSolutions { get; init; }
    public required IReadOnlyList<ProblemTest> Tests { get; init; }

    /// <summary>Failed submissions after which the reference solution may be revealed.</summary>
    public int RevealAfter { get; init; } = DefaultRevealAfter;

    /// <summary>Wall time for one run over all tests.</summary>
    public int TimeLimitMs { get; init; } = DefaultTimeLimitMs;

    /// <summary>Where the problem came from (its folder), for messages.</summary>
    public string Source { get; init; } = "";

    public IEnumerable<ProblemTest> VisibleTests => Tests.Where(t => t.Visible);
}
