using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace MLDrill.Domain.Coding;

/// <summary>What kind of numbers an array holds; integer and bool results are needed where they are expected.</summary>
public enum NumberKind
{
    Bool,
    Whole,
    Real,
}

/// <summary>A dense array of numbers in row-major order, decoded from the judge's JSON encoding.</summary>
public sealed record NumericArray(double[] Values, int[] Shape, NumberKind Kind)
{
    public int Length => Values.Length;

    public string ShapeText => Shape.Length == 1 ? $"({Shape[0]},)" : $"({string.Join(", ", Shape)})";

    /// <summary>
    /// Decodes <c>{"array": [...], "dtype": ..., "shape": ...}</c>, or a plain (nested) list of numbers, or null
    /// when <paramref name="node"/> is neither (ragged lists, strings, objects).
    /// </summary>
    public static NumericArray? From(JsonNode? node)
    {
        string? dtype = null;
        JsonNode? data = node;
        int[]? declaredShape = null;
        if (node is JsonObject obj)
        {
            if (!obj.TryGetPropertyValue("array", out data))
            {
                return null;
            }

            dtype = obj["dtype"]?.GetValueKind() == JsonValueKind.String ? obj["dtype"]!.GetValue<string>() : null;
            if (obj["shape"] is JsonArray shapeNode)
            {
                declaredShape = shapeNode.Select(s => s?.GetValueKind() == JsonValueKind.Number ? s.GetValue<int>() : -1).ToArray();
            }
        }

        if (data is not JsonArray)
        {
            return null;
        }

        var values = new List<double>();
        var kind = NumberKind.Bool;
        var shape = new List<int>();
        if (!Flatten(data, 0, shape, values, ref kind))
        {
            return null;
        }

        var finalShape = shape.ToArray();
        if (declaredShape is not null)
        {
            if (declaredShape.Any(d => d < 0) || declaredShape.Aggregate(1L, (a, d) => a * d) != values.Count)
            {
                return null;
            }

            finalShape = declaredShape;
        }

        return new NumericArray(values.ToArray(), finalShape, dtype is null ? kind : KindOf(dtype));
    }

    private static NumberKind KindOf(string dtype) => dtype switch
    {
        "bool" => NumberKind.Bool,
        _ when dtype.StartsWith("int", StringComparison.Ordinal) || dtype.StartsWith("uint", StringComparison.Ordinal) => NumberKind.Whole,
        _ => NumberKind.Real,
    };

    private static bool Flatten(JsonNode? node, int depth, List<int> shape, List<double> values, ref NumberKind kind)
    {
        if (node is JsonArray array)
        {
            if (depth == shape.Count)
            {
                if (values.Count > 0 && depth > 0)
                {
                    return false; // a nested list where a sibling held a number: ragged
                }

                shape.Add(array.Count);
            }
            else if (shape[depth] != array.Count)
            {
                return false;
            }

            foreach (var item in array)
            {
                if (!Flatten(item, depth + 1, shape, values, ref kind))
                {
                    return false;
                }
            }

            return true;
        }

        if (depth != shape.Count)
        {
            return false;
        }

        if (!TryNumber(node, out var value, out var itemKind))
        {
            return false;
        }

        values.Add(value);
        kind = (NumberKind)Math.Max((int)kind, (int)itemKind);
        return true;
    }

    /// <summary>A number as the judge encodes it: JSON number or bool, null for NaN, "inf"/"-inf"/"nan" strings.</summary>
    public static bool TryNumber(JsonNode? node, out double value, out NumberKind kind)
    {
        kind = NumberKind.Real;
        value = double.NaN;
        switch (node?.GetValueKind())
        {
            case null or JsonValueKind.Null:
                return true;
            case JsonValueKind.True or JsonValueKind.False:
                kind = NumberKind.Bool;
                value = node.GetValue<bool>() ? 1 : 0;
                return true;
            case JsonValueKind.Number:
                return TryNumber(node.AsValue(), out value, out kind);
            case JsonValueKind.String:
                return TryNonFinite(node.GetValue<string>(), out value);
            case JsonValueKind.Object when node is JsonObject obj && obj.Count == 1 && obj["float"]?.GetValueKind() == JsonValueKind.String:
                return TryNonFinite(obj["float"]!.GetValue<string>(), out value);
            default:
                return false;
        }
    }

    /// <summary>A number parsed from JSON (backed by a JsonElement) or created in code (backed by a CLR number).</summary>
    private static bool TryNumber(JsonValue number, out double value, out NumberKind kind)
    {
        kind = NumberKind.Whole;
        if (number.TryGetValue<JsonElement>(out var element))
        {
            if (element.TryGetInt64(out var whole))
            {
                value = whole;
                return true;
            }

            kind = NumberKind.Real;
            value = element.GetDouble();
            return true;
        }

        if (number.TryGetValue<long>(out var longValue))
        {
            value = longValue;
            return true;
        }

        if (number.TryGetValue<int>(out var intValue))
        {
            value = intValue;
            return true;
        }

        kind = NumberKind.Real;
        return number.TryGetValue(out value) || (number.TryGetValue<float>(out var single) && (value = single) == single);
    }

    private static bool TryNonFinite(string text, out double value)
    {
        value = text switch
        {
            "nan" => double.NaN,
            "inf" => double.PositiveInfinity,
            "-inf" => double.NegativeInfinity,
            _ => 0,
        };
        return text is "nan" or "inf" or "-inf";
    }

    /// <summary>The multi-index of a flat position, e.g. "[1, 2]", for messages that say where values differ.</summary>
    public string IndexOf(int flat)
    {
        var index = new int[Shape.Length];
        for (var axis = Shape.Length - 1; axis >= 0; axis--)
        {
            index[axis] = Shape[axis] == 0 ? 0 : flat % Shape[axis];
            flat = Shape[axis] == 0 ? 0 : flat / Shape[axis];
        }

        return "[" + string.Join(", ", index) + "]";
    }

    public static string Format(double value) => value switch
    {
        double.NaN => "nan",
        double.PositiveInfinity => "inf",
        double.NegativeInfinity => "-inf",
        _ => value.ToString("G10", CultureInfo.InvariantCulture),
    };
}
