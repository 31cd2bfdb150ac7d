using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace MLDrill.Web.Features.Progress;

/// <summary>One bar: its label under the axis, its height, and the value written above it.</summary>
public sealed record Bar(string Label, double Value, string ValueText);

/// <summary>
/// Bar charts drawn on the server as SVG: no script, no CDN. Every bar carries its value as text, so the chart
/// reads without colour, and each chart names itself for screen readers; the pages also give the same
/// figures as a table.
/// </summary>
public static class SvgChart
{
    private const int Height = 160;
    private const int Top = 18;
    private const int Bottom = 34;
    private const int BarWidth = 22;
    private const int Gap = 6;

    /// <param name="max">The value at the top of the chart; null for the largest value.</param>
    /// <param name="labelEvery">Write every n-th label only, so dense charts stay legible.</param>
    public static IHtmlContent Bars(string title, IReadOnlyList<Bar> bars, double? max = null, int labelEvery = 1)
    {
        ArgumentNullException.ThrowIfNull(bars);
        var encoder = HtmlEncoder.Default;
        var top = max ?? Math.Max(1, bars.Count == 0 ? 1 : bars.Max(b => b.Value));
        var width = Math.Max(1, bars.Count) * (BarWidth + Gap) + Gap;
        var plot = Height - Top - Bottom;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"chart\" viewBox=\"0 0 {width} {Height}\" role=\"img\" aria-label=\"{encoder.Encode(title)}\" preserveAspectRatio=\"xMinYMin meet\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title>{encoder.Encode(title)}</title>");
        svg.Append(CultureInfo.InvariantCulture, $"<line class=\"axis\" x1=\"0\" y1=\"{Top + plot}\" x2=\"{width}\" y2=\"{Top + plot}\" />");
        for (var i = 0; i < bars.Count; i++)
        {
            var bar = bars[i];
            var x = Gap + i * (BarWidth + Gap);
            var h = top <= 0 ? 0 : Math.Clamp(bar.Value / top, 0, 1) * plot;
            var y = Top + plot - h;
            svg.Append(CultureInfo.InvariantCulture, $"<g><title>{encoder.Encode(bar.Label)}: {encoder.Encode(bar.ValueText)}</title>");
            svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"bar\" x=\"{x}\" y=\"{y:0.#}\" width=\"{BarWidth}\" height=\"{h:0.#}\" />");
            if (bar.ValueText.Length > 0)
            {
                svg.Append(CultureInfo.InvariantCulture, $"<text class=\"value\" x=\"{x + BarWidth / 2}\" y=\"{y - 4:0.#}\" text-anchor=\"middle\">{encoder.Encode(bar.ValueText)}</text>");
            }

            if (i % labelEvery == 0)
            {
                svg.Append(CultureInfo.InvariantCulture, $"<text class=\"label\" x=\"{x + BarWidth / 2}\" y=\"{Height - Bottom + 14}\" text-anchor=\"middle\">{encoder.Encode(bar.Label)}</text>");
            }

            svg.Append("</g>");
        }

        svg.Append("</svg>");
        return new HtmlString(svg.ToString());
    }

    /// <summary>
    /// A year of activity as a grid of days (weeks across, Monday at the top). Each day's shade has a level
    /// class; its count is in the day's tooltip, and the page gives the figures as text and a table too.
    /// </summary>
    public static IHtmlContent Heatmap(string title, IReadOnlyList<(DateOnly Date, int Questions)> days)
    {
        ArgumentNullException.ThrowIfNull(days);
        const int cell = 11;
        const int step = cell + 2;
        var encoder = HtmlEncoder.Default;
        var weeks = days.Count == 0 ? 1 : ((days.Count - 1) / 7) + 1;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"heatmap\" viewBox=\"0 0 {weeks * step} {7 * step}\" role=\"img\" aria-label=\"{encoder.Encode(title)}\" preserveAspectRatio=\"xMinYMin meet\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title>{encoder.Encode(title)}</title>");
        for (var i = 0; i < days.Count; i++)
        {
            var (date, questions) = days[i];
            var level = questions switch { 0 => 0, <= 2 => 1, <= 5 => 2, <= 9 => 3, _ => 4 };
            var label = $"{date.ToString("ddd d MMM yyyy", CultureInfo.InvariantCulture)}: {questions} question{(questions == 1 ? "" : "s")}";
            svg.Append(CultureInfo.InvariantCulture,
                $"<rect class=\"day h{level}\" x=\"{(i / 7) * step}\" y=\"{(i % 7) * step}\" width=\"{cell}\" height=\"{cell}\" rx=\"2\" data-date=\"{date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}\" data-questions=\"{questions}\"><title>{encoder.Encode(label)}</title></rect>");
        }

        svg.Append("</svg>");
        return new HtmlString(svg.ToString());
    }
}
