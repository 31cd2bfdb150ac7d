using System.Text.Json;
using System.Text.Json.Nodes;

namespace MLDrill.Domain.Coding;

/// <summary>The outcome of comparing one output: passed, or the first place it differs, in words.</summary>
public sealed record Comparison(bool Passed, string? Difference)
{
    public static Comparison Pass { get; } = new(true, null);

    public static Comparison Fail(string difference) => new(false, difference);
}

/// <summary>
/// Compares a test's output with its expected value outside the sandbox, by the rules of docs/problem-format.md:
/// numbers within <c>atol + rtol * |expected|</c>, shapes exact, integer results where integers are expected.
/// </summary>
public static class OutputComparer
{
    public static Comparison Compare(JsonNode? expected, JsonNode? actual, CompareSpec spec) => spec.Mode switch
    {
        CompareMode.Close => Close(expected, actual, spec, "result"),
        CompareMode.Unordered => Unordered(expected, actual, spec),
        CompareMode.Partition => Partition(expected, actual),
        CompareMode.Metric => MetricBar(expected, actual, spec),
        _ => Comparison.Fail($"unknown comparison {spec.Mode}"),
    };

    private static Comparison Close(JsonNode? expected, JsonNode? actual, CompareSpec spec, string where)
    {
        if (Unsupported(actual) is { } type)
        {
            return Comparison.Fail($"{where} is a {type}, which the judge cannot read; return NumPy arrays, numbers, lists or dicts");
        }

        if (expected is JsonObject { } obj && obj.ContainsKey("array"))
        {
            return Arrays(NumericArray.From(expected)!, actual, spec, where);
        }

        if (IsNumber(expected))
        {
            return Numbers(expected, actual, spec, where);
        }

        switch (expected)
        {
            case JsonArray list:
                if (actual is not JsonArray items)
                {
                    return Comparison.Fail($"{where} should be a list or tuple of {list.Count} items, got {Describe(actual)}");
                }

                if (items.Count != list.Count)
                {
                    return Comparison.Fail($"{where} has {items.Count} items, expected {list.Count}");
                }

                for (var i = 0; i < list.Count; i++)
                {
                    var item = Close(list[i], items[i], spec, $"{where}[{i}]");
                    if (!item.Passed)
                    {
                        return item;
                    }
                }

                return Comparison.Pass;
            case JsonObject map:
                if (actual is not JsonObject got)
                {
                    return Comparison.Fail($"{where} should be a dict, got {Describe(actual)}");
                }

                var missing = map.Select(p => p.Key).Except(got.Select(p => p.Key)).ToList();
                if (missing.Count > 0)
                {
                    return Comparison.Fail($"{where} has no key '{missing[0]}'");
                }

                foreach (var (key, value) in map)
                {
                    var item = Close(value, got[key], spec, $"{where}['{key}']");
                    if (!item.Passed)
                    {
                        return item;
                    }
                }

                return got.Count == map.Count
                    ? Comparison.Pass
                    : Comparison.Fail($"{where} has extra key '{got.Select(p => p.Key).Except(map.Select(p => p.Key)).First()}'");
            default:
                return JsonNode.DeepEquals(expected, actual)
                    ? Comparison.Pass
                    : Comparison.Fail($"{where} is {Describe(actual)}, expected {Describe(expected)}");
        }
    }

    private static Comparison Arrays(NumericArray expected, JsonNode? actualNode, CompareSpec spec, string where)
    {
        var actual = NumericArray.From(actualNode);
        if (actual is null)
        {
            return Comparison.Fail($"{where} should be an array of shape {expected.ShapeText}, got {Describe(actualNode)}");
        }

        if (!actual.Shape.SequenceEqual(expected.Shape))
        {
            return Comparison.Fail($"{where} has shape {actual.ShapeText}, expected {expected.ShapeText}");
        }

        if (expected.Kind != NumberKind.Real && actual.Kind == NumberKind.Real)
        {
            return Comparison.Fail($"{where} holds floats; expected an array of {(expected.Kind == NumberKind.Bool ? "bools" : "integers")}");
        }

        for (var i = 0; i < expected.Length; i++)
        {
            if (!Near(expected.Values[i], actual.Values[i], spec))
            {
                var index = expected.Shape.Length == 0 ? "" : expected.IndexOf(i);
                return Comparison.Fail($"{where}{index} is {NumericArray.Format(actual.Values[i])}, expected {NumericArray.Format(expected.Values[i])}");
            }
        }

        return Comparison.Pass;
    }

    private static Comparison Numbers(JsonNode? expected, JsonNode? actual, CompareSpec spec, string where)
    {
        NumericArray.TryNumber(expected, out var want, out var wantKind);
        if (!IsNumber(actual) || !NumericArray.TryNumber(actual, out var got, out var gotKind) || (gotKind == NumberKind.Bool) != (wantKind == NumberKind.Bool))
        {
            return Comparison.Fail($"{where} should be a {(wantKind == NumberKind.Bool ? "bool" : "number")}, got {Describe(actual)}");
        }

        return Near(want, got, spec)
            ? Comparison.Pass
            : Comparison.Fail($"{where} is {NumericArray.Format(got)}, expected {NumericArray.Format(want)}");
    }

    /// <summary>NumPy's isclose: |a - e| ≤ atol + rtol·|e|; NaN matches NaN and infinities match their own sign.</summary>
    public static bool Near(double expected, double actual, CompareSpec spec)
    {
        if (double.IsNaN(expected) || double.IsNaN(actual))
        {
            return double.IsNaN(expected) && double.IsNaN(actual);
        }

        if (double.IsInfinity(expected) || double.IsInfinity(actual))
        {
            return expected == actual;
        }

        return Math.Abs(actual - expected) <= spec.AbsoluteTolerance + (spec.RelativeTolerance * Math.Abs(expected));
    }

    private static Comparison Unordered(JsonNode? expectedNode, JsonNode? actualNode, CompareSpec spec)
    {
        var expected = NumericArray.From(expectedNode);
        var actual = NumericArray.From(actualNode);
        if (expected is null || actual is null || !actual.Shape.SequenceEqual(expected.Shape))
        {
            return actual is null || expected is null
                ? Comparison.Fail($"result should be an array, got {Describe(actualNode)}")
                : Comparison.Fail($"result has shape {actual.ShapeText}, expected {expected.ShapeText}");
        }

        return Arrays(SortRows(expected), ToNode(SortRows(actual)), spec, "result (rows sorted)");
    }

    private static NumericArray SortRows(NumericArray array)
    {
        var rows = array.Shape.Length == 0 ? 0 : array.Shape[0];
        var width = rows == 0 ? 0 : array.Length / rows;
        var sorted = Enumerable.Range(0, rows)
            .Select(r => array.Values.AsSpan(r * width, width).ToArray())
            .Order(Comparer<double[]>.Create(CompareRows))
            .SelectMany(r => r)
            .ToArray();
        return array with { Values = sorted };
    }

    private static int CompareRows(double[] a, double[] b)
    {
        for (var i = 0; i < a.Length; i++)
        {
            var c = a[i].CompareTo(b[i]);
            if (c != 0)
            {
                return c;
            }
        }

        return 0;
    }

    private static JsonObject ToNode(NumericArray array) => new JsonObject
    {
        ["array"] = new JsonArray(array.Values.Select(v => double.IsFinite(v) ? JsonValue.Create(v) : (JsonNode?)JsonValue.Create(NumericArray.Format(v))).ToArray()),
        ["dtype"] = array.Kind == NumberKind.Real ? "float64" : array.Kind == NumberKind.Bool ? "bool" : "int64",
        ["shape"] = new JsonArray(array.Shape.Select(s => (JsonNode?)JsonValue.Create(s)).ToArray()),
    };

    private static Comparison Partition(JsonNode? expectedNode, JsonNode? actualNode)
    {
        var expected = NumericArray.From(expectedNode);
        var actual = NumericArray.From(actualNode);
        if (expected is null || actual is null || actual.Shape.Length != 1 || actual.Length != expected.Length)
        {
            return Comparison.Fail($"result should be a 1-D array of {expected?.Length} labels, got {Describe(actualNode)}");
        }

        var forward = new Dictionary<double, double>();
        var backward = new Dictionary<double, double>();
        for (var i = 0; i < expected.Length; i++)
        {
            var (e, a) = (expected.Values[i], actual.Values[i]);
            if (forward.TryGetValue(e, out var mapped) && mapped != a)
            {
                return Comparison.Fail($"samples that belong together are split: sample {i} has label {NumericArray.Format(a)}, another sample of its group has {NumericArray.Format(mapped)}");
            }

            if (backward.TryGetValue(a, out var origin) && origin != e)
            {
                return Comparison.Fail($"label {NumericArray.Format(a)} joins samples that belong to different groups (sample {i})");
            }

            forward[e] = a;
            backward[a] = e;
        }

        return Comparison.Pass;
    }

    private static Comparison MetricBar(JsonNode? expectedNode, JsonNode? actualNode, CompareSpec spec)
    {
        var truth = NumericArray.From(expectedNode);
        var predictions = NumericArray.From(actualNode);
        if (truth is null || spec.Metric is not { } metric)
        {
            return Comparison.Fail("the test has no held-out values or metric");
        }

        if (predictions is null || predictions.Length != truth.Length || predictions.Shape.Length != 1)
        {
            return Comparison.Fail($"predictions should be a 1-D array of {truth.Length} values, got {Describe(actualNode)}");
        }

        var score = Metrics.Score(metric, truth.Values, predictions.Values);
        var name = Metrics.Name(metric);
        if (double.IsNaN(score))
        {
            return Comparison.Fail($"{name} is undefined for these predictions (NaN or infinite values?)");
        }

        if (spec.Min is { } min && !(score >= min))
        {
            return Comparison.Fail($"{name} on the held-out set is {score:0.####}; it needs at least {min:0.####}");
        }

        return spec.Max is { } max && !(score <= max)
            ? Comparison.Fail($"{name} on the held-out set is {score:0.####}; it needs at most {max:0.####}")
            : Comparison.Pass;
    }

    private static bool IsNumber(JsonNode? node) => node?.GetValueKind() is JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False
        || (node is JsonObject obj && obj.Count == 1 && obj.ContainsKey("float"));

    private static string? Unsupported(JsonNode? node) =>
        node is JsonObject obj && obj.Count == 1 && obj["unsupported"]?.GetValueKind() == JsonValueKind.String ? obj["unsupported"]!.GetValue<string>() : null;

    /// <summary>A short description of a value for messages: its shape for arrays, else its (truncated) JSON.</summary>
    public static string Describe(JsonNode? node)
    {
        if (Unsupported(node) is { } type)
        {
            return $"a {type}";
        }

        if (NumericArray.From(node) is { } array && node is JsonObject)
        {
            return $"an array of shape {array.ShapeText}";
        }

        if (node is null)
        {
            return "None";
        }

        var text = node.ToJsonString();
        return text.Length > 80 ? text[..77] + "..." : text;
    }
}
