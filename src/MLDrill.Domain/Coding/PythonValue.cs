using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace MLDrill.Domain.Coding;

/// <summary>Shows judge values the way a Python user reads them: <c>array([[1.0, 2.0]])</c>, <c>nan</c>, <c>True</c>.</summary>
public static class PythonValue
{
    public const int MaxLength = 1_500;

    public static string FormatArguments(JsonArray arguments) =>
        Truncate(string.Join(", ", arguments.Select(a => Write(a))));

    public static string Format(JsonNode? value) => Truncate(Write(value));

    private static string Truncate(string text) => text.Length <= MaxLength ? text : text[..MaxLength] + " …";

    private static string Write(JsonNode? node)
    {
        var text = new StringBuilder();
        Append(text, node);
        return text.ToString();
    }

    private static void Append(StringBuilder text, JsonNode? node)
    {
        if (text.Length > MaxLength)
        {
            return;
        }

        if (node is JsonObject obj && obj.ContainsKey("array") && NumericArray.From(node) is { } array)
        {
            text.Append("array(");
            AppendNested(text, array, 0, 0);
            text.Append(array.Kind == NumberKind.Real || array.Length == 0 ? ")" : $", dtype={(array.Kind == NumberKind.Bool ? "bool" : "int")})");
            return;
        }

        switch (node)
        {
            case null:
                text.Append("None");
                return;
            case JsonObject o when o.Count == 1 && o["float"] is JsonValue f && f.TryGetValue<string>(out var special):
                text.Append(special);
                return;
            case JsonObject o when o.Count == 1 && o["unsupported"] is JsonValue u:
                text.Append('<').Append(u.ToString()).Append('>');
                return;
            case JsonArray list:
                text.Append('[');
                for (var i = 0; i < list.Count; i++)
                {
                    text.Append(i > 0 ? ", " : "");
                    Append(text, list[i]);
                }

                text.Append(']');
                return;
            case JsonObject map:
                text.Append('{');
                var first = true;
                foreach (var (key, value) in map)
                {
                    text.Append(first ? "" : ", ").Append('\'').Append(key).Append("': ");
                    Append(text, value);
                    first = false;
                }

                text.Append('}');
                return;
        }

        switch (node.GetValueKind())
        {
            case JsonValueKind.True:
                text.Append("True");
                break;
            case JsonValueKind.False:
                text.Append("False");
                break;
            case JsonValueKind.String:
                text.Append(JsonSerializer.Serialize(node.GetValue<string>()).Replace('"', '\''));
                break;
            default:
                NumericArray.TryNumber(node, out var number, out var kind);
                text.Append(kind == NumberKind.Real && double.IsFinite(number) && number == Math.Floor(number) && Math.Abs(number) < 1e15
                    ? NumericArray.Format(number) + ".0"
                    : NumericArray.Format(number));
                break;
        }
    }

    private static int AppendNested(StringBuilder text, NumericArray array, int axis, int offset)
    {
        if (array.Shape.Length == 0)
        {
            text.Append(NumericArray.Format(array.Values[0]));
            return offset + 1;
        }

        text.Append('[');
        for (var i = 0; i < array.Shape[axis]; i++)
        {
            if (text.Length > MaxLength)
            {
                text.Append('…');
                break;
            }

            text.Append(i > 0 ? ", " : "");
            if (axis == array.Shape.Length - 1)
            {
                var value = array.Values[offset++];
                text.Append(array.Kind == NumberKind.Bool ? (value != 0 ? "True" : "False") : NumericArray.Format(value));
            }
            else
            {
                offset = AppendNested(text, array, axis + 1, offset);
            }
        }

        text.Append(']');
        return offset;
    }
}
