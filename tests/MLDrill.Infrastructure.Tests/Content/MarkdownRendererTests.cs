using MLDrill.Infrastructure.Content;

namespace MLDrill.Infrastructure.Tests.Content;

public class MarkdownRendererTests
{
    private readonly MarkdownRenderer _renderer = new();

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("[click](javascript:alert(1))")]
    [InlineData("<a href=\"javascript:alert(1)\">x</a>")]
    [InlineData("<iframe src=\"https://evil.example\"></iframe>")]
    [InlineData("<svg onload=alert(1)>")]
    public void No_script_survives(string markdown)
    {
        var html = _renderer.ToHtml(markdown);

        html.ShouldNotContain("<script", Case.Insensitive);
        html.ShouldNotContain("<img", Case.Insensitive);
        html.ShouldNotContain("<svg", Case.Insensitive);
        html.ShouldNotContain("<iframe", Case.Insensitive);
        html.ShouldNotContain("<a href=\"javascript:", Case.Insensitive);
    }

    [Fact]
    public void Raw_html_is_shown_as_text()
    {
        _renderer.ToHtml("<b>bold</b>").ShouldContain("&lt;b&gt;bold&lt;/b&gt;");
    }

    [Fact]
    public void Maths_is_left_for_KaTeX()
    {
        var html = _renderer.ToHtml("Inline $x^2$ and display:\n\n$$\n\\sum_i w_i^2\n$$");

        html.ShouldContain("<span class=\"math\">\\(x^2\\)</span>");
        html.ShouldContain("<div class=\"math\">");
        html.ShouldContain("\\sum_i w_i^2");
    }

    [Fact]
    public void Double_dollars_on_one_line_are_display_maths()
    {
        var html = _renderer.ToHtml("The penalty $$\\lambda \\sum_i |w_i|$$ and $x<1$.");

        html.ShouldContain("<span class=\"math\">\\[\\lambda \\sum_i |w_i|\\]</span>");
        html.ShouldContain("<span class=\"math\">\\(x&lt;1\\)</span>");
    }

    [Fact]
    public void Mermaid_blocks_become_diagram_containers()
    {
        var html = _renderer.ToHtml("```mermaid\ngraph TD; A-->B\n```");

        html.ShouldContain("<pre class=\"mermaid\">");
        html.ShouldContain("A--&gt;B");
    }

    [Fact]
    public void Ordinary_markdown_renders()
    {
        var html = _renderer.ToHtml("**bold** and `code`\n\n| a | b |\n|---|---|\n| 1 | 2 |");

        html.ShouldContain("<strong>bold</strong>");
        html.ShouldContain("<code>code</code>");
        html.ShouldContain("<table>");
    }
}
