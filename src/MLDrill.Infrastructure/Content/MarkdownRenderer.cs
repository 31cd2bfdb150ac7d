using Ganss.Xss;
using Markdig;
using Markdig.Extensions.Mathematics;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace MLDrill.Infrastructure.Content;

/// <summary>
/// Renders Markdown (content and users' notes) to safe HTML: raw HTML is not passed through, and the result is
/// sanitised, so no script from any text ever runs. Maths is left for KaTeX (<c>span/div.math</c>) and
/// diagrams for Mermaid (<c>div.mermaid</c>) in the browser; without JavaScript they read as source.
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

    private readonly HtmlSanitizer _sanitizer = CreateSanitizer();

    public string ToHtml(string markdown)
    {
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        _pipeline.Setup(renderer);
        renderer.ObjectRenderers.Replace<HtmlMathInlineRenderer>(new DisplayAwareMathInlineRenderer());
        renderer.Render(Markdown.Parse(markdown, _pipeline));
        return _sanitizer.Sanitize(writer.ToString());
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

    private static HtmlSanitizer CreateSanitizer()
    {
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedAttributes.Add("class");
        sanitizer.AllowedSchemes.Clear();
        sanitizer.AllowedSchemes.Add("https");
        sanitizer.AllowedSchemes.Add("http");
        sanitizer.AllowedSchemes.Add("mailto");
        // Only the classes our renderers emit; anything else a user writes is dropped.
        sanitizer.AllowedClasses.UnionWith(["math", "mermaid", "language-python", "language-text"]);
        return sanitizer;
    }
}
