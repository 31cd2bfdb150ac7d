using Markdig;
using Markdig.Extensions.Mathematics;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace MLDrill.Infrastructure.Content;

/// <summary>
/// Renders Markdown (content and users' notes) to safe HTML, so no script from any text ever runs. Safe by
/// construction: raw HTML is shown as text, every element and attribute comes from Markdig's renderers with its text
/// escaped, none of the enabled extensions lets a writer add attributes, and a link or image whose address could run
/// script (anything but http, https, mailto or a relative address) loses it. Maths is left for KaTeX
/// (<c>span/div.math</c>) and diagrams for Mermaid (<c>pre.mermaid</c>) in the browser; without JavaScript they read as source.
/// </summary>
public sealed class MarkdownRenderer
{
    private readonly MarkdownPipeline _pipeline = new MarkdownPipelineBuilder()
        .UseMathematics()
        .UseDiagrams()
        .UsePipeTables()
        .UseEmphasisExtras()
        .UseAutoLinks()
        .DisableHtml()
        .Build();

    public string ToHtml(string markdown)
    {
        var document = Markdown.Parse(markdown, _pipeline);
        DropUnsafeAddresses(document);
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        _pipeline.Setup(renderer);
        renderer.ObjectRenderers.Replace<HtmlMathInlineRenderer>(new DisplayAwareMathInlineRenderer());
        renderer.Render(document);
        return writer.ToString();
    }

    /// <summary>
    /// True for http, https and mailto addresses and for relative ones. Browsers skip tabs and line breaks inside a
    /// scheme and spaces before it, so an address with any whitespace or control character is refused outright.
    /// </summary>
    public static bool IsSafeAddress(string? address)
    {
        if (string.IsNullOrEmpty(address))
        {
            return true;
        }

        if (address.Any(c => char.IsControl(c) || char.IsWhiteSpace(c)))
        {
            return false;
        }

        var colon = address.IndexOf(':', StringComparison.Ordinal);
        var pathStart = address.IndexOfAny(['/', '?', '#']);
        if (colon < 0 || (pathStart >= 0 && pathStart < colon))
        {
            return true;
        }

        var scheme = address[..colon];
        return scheme.Equals("http", StringComparison.OrdinalIgnoreCase)
            || scheme.Equals("https", StringComparison.OrdinalIgnoreCase)
            || scheme.Equals("mailto", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>A link or image with an unsafe address becomes its text; so does an unsafe autolink.</summary>
    private static void DropUnsafeAddresses(MarkdownDocument document)
    {
        foreach (var link in document.Descendants<LinkInline>().Where(l => !IsSafeAddress(l.Url)).ToList())
        {
            link.ReplaceBy(new ContainerInline());
        }

        foreach (var autolink in document.Descendants<AutolinkInline>().Where(l => !IsSafeAddress(l.Url)).ToList())
        {
            autolink.ReplaceBy(new LiteralInline(autolink.Url));
        }
    }

    /// <summary>
    /// Authors write <c>$$...$$</c> on one line for display maths; Markdig parses that as inline maths, so give
    /// it KaTeX's display delimiters. Single dollars stay inline.
    /// </summary>
    private sealed class DisplayAwareMathInlineRenderer : HtmlObjectRenderer<MathInline>
    {
        protected override void Write(HtmlRenderer renderer, MathInline math)
        {
            var display = math.DelimiterCount >= 2;
            renderer.Write("<span class=\"math\">").Write(display ? "\\[" : "\\(");
            renderer.WriteEscape(ref math.Content);
            renderer.Write(display ? "\\]" : "\\)").Write("</span>");
        }
    }
}
