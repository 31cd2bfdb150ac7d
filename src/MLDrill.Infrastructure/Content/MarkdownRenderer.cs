using Ganss.Xss;
using Markdig;

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

    public string ToHtml(string markdown) => _sanitizer.Sanitize(Markdown.ToHtml(markdown, _pipeline));

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
