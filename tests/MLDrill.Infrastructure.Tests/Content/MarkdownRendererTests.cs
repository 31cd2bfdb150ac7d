using System.Text.RegularExpressions;
using MLDrill.Infrastructure.Content;

namespace MLDrill.Infrastructure.Tests.Content;

public partial class MarkdownRendererTests
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

    [Theory]
    [InlineData("[click](javascript:alert(1))", "click")]
    [InlineData("[click](JaVaScRiPt:alert(1))", "click")]
    [InlineData("[click](&#106;avascript:alert(1))", "click")]
    [InlineData("[click](javascript&colon;alert(1))", "click")]
    [InlineData("[click](<java\tscript:alert(1)>)", "click")]
    [InlineData("[click](vbscript:msgbox(1))", "click")]
    [InlineData("[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)", "click")]
    [InlineData("![a picture](javascript:alert(1))", "a picture")]
    [InlineData("[click][ref]\n\n[ref]: javascript:alert(1)", "click")]
    [InlineData("<javascript:alert(1)>", "javascript:alert(1)")]
    public void An_address_that_could_run_script_is_dropped_and_its_text_kept(string markdown, string text)
    {
        var html = _renderer.ToHtml(markdown);

        html.ShouldNotContain("href", Case.Insensitive);
        html.ShouldNotContain("src", Case.Insensitive);
        html.ShouldContain(text);
    }

    [Theory]
    [InlineData("[docs](https://scikit-learn.org/stable/)", "href=\"https://scikit-learn.org/stable/\"")]
    [InlineData("[plain](http://example.com/a?b=c:d)", "href=\"http://example.com/a?b=c:d\"")]
    [InlineData("[mail](mailto:team@example.com)", "href=\"mailto:team@example.com\"")]
    [InlineData("[today](/Practice)", "href=\"/Practice\"")]
    [InlineData("[below](#notes)", "href=\"#notes\"")]
    [InlineData("[page](notes/a:b)", "href=\"notes/a:b\"")]
    [InlineData("<https://example.com>", "href=\"https://example.com\"")]
    [InlineData("see www.example.com", "href=\"http://www.example.com\"")]
    [InlineData("![chart](/img/roc.png)", "src=\"/img/roc.png\"")]
    public void Safe_addresses_are_kept(string markdown, string attribute)
    {
        _renderer.ToHtml(markdown).ShouldContain(attribute);
    }

    public static TheoryData<string> Payloads() =>
    [
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "<a href=\"javascript:alert(1)\">x</a>",
        "<svg><script>alert(1)</script></svg>",
        "<div style=\"background:url(javascript:alert(1))\">x</div>",
        "<!-- --><script>alert(1)</script>",
        "<details open ontoggle=alert(1)>",
        "```\n</code></pre><script>alert(1)</script>\n```",
        "```x\" onmouseover=\"alert(1)\nprint(1)\n```",
        "```mermaid\n</pre><script>alert(1)</script>\n```",
        "```mermaid\ngraph TD; A[\"<img src=x onerror=alert(1)>\"]-->B\n```",
        "$$\n</div><script>alert(1)</script>\n$$",
        "$</span><script>alert(1)</script>$",
        "$$</span><img src=x onerror=alert(1)>$$",
        "[t](https://example.com \"a\\\" onmouseover=\\\"alert(1)\")",
        "[t](https://example.com \"title\" onmouseover=\"alert(1)\")",
        "[x](javascript:alert(1) \"t\")",
        "![x\" onerror=\"alert(1)](https://example.com/a.png)",
        "*a*{onclick=alert(1)}",
        "# Title {#x onclick=alert(1)}",
        "| a |\n|:-|\n| <b onclick=alert(1)>x</b> |",
        "<https://example.com/\"onmouseover=\"alert(1)>",
        "https://example.com/\"onmouseover=\"alert(1)",
        "www.example.com/<script>alert(1)</script>",
        "&lt;script&gt;alert(1)&lt;/script&gt; &#x3C;script&#x3E;",
        "<![CDATA[<script>alert(1)</script>]]>",
        "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        "> <iframe src=\"https://evil.example\"></iframe>",
        "1. <object data=\"x\"></object>\n2. <embed src=x>",
        "<form action=\"https://evil.example\"><button>go</button></form>",
    ];

    /// <summary>
    /// What the sanitiser used to enforce, checked on the output itself: only the elements and attributes Markdig's
    /// renderers write, no event handler, no style but a table cell's alignment, and only safe addresses.
    /// </summary>
    [Theory]
    [MemberData(nameof(Payloads))]
    public void Output_holds_only_known_elements_attributes_and_safe_addresses(string markdown)
    {
        var html = _renderer.ToHtml(markdown);

        foreach (Match tag in TagPattern().Matches(html))
        {
            var name = tag.Groups["name"].Value.ToLowerInvariant();
            AllowedElements.ShouldContain(name, $"element <{name}> in {html}");
            foreach (Match attribute in AttributePattern().Matches(tag.Groups["attributes"].Value))
            {
                var attributeName = attribute.Groups["name"].Value.ToLowerInvariant();
                var value = System.Net.WebUtility.HtmlDecode(attribute.Groups["value"].Value);
                AllowedAttributes.ShouldContain(attributeName, $"attribute {attributeName} in {tag.Value}");
                if (attributeName is "href" or "src")
                {
                    MarkdownRenderer.IsSafeAddress(value).ShouldBeTrue($"address {value} in {tag.Value}");
                }

                if (attributeName == "style")
                {
                    value.ShouldMatch("^text-align: (left|right|center);$");
                }
            }

            AttributePattern().Replace(tag.Groups["attributes"].Value, "").Trim().ShouldBeOneOf(["", "/"], $"unparsed attribute text in {tag.Value}");
        }

        html.Count(c => c == '<').ShouldBe(TagPattern().Count(html), $"a stray '<' in {html}");
    }

    private static readonly string[] AllowedElements =
    [
        "p", "a", "img", "code", "pre", "em", "strong", "del", "ins", "sup", "sub", "mark", "table", "thead", "tbody",
        "tr", "th", "td", "ul", "ol", "li", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "br", "span", "div",
    ];

    private static readonly string[] AllowedAttributes = ["href", "src", "alt", "title", "class", "style", "start"];

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
        html.ShouldContain("A-->B");
    }

    [Fact]
    public void Ordinary_markdown_renders()
    {
        var html = _renderer.ToHtml("**bold** and `code`\n\n| a | b |\n|---|---|\n| 1 | 2 |");

        html.ShouldContain("<strong>bold</strong>");
        html.ShouldContain("<code>code</code>");
        html.ShouldContain("<table>");
    }

    [GeneratedRegex("</?(?<name>[A-Za-z][A-Za-z0-9]*)(?<attributes>[^<>]*)>")]
    private static partial Regex TagPattern();

    [GeneratedRegex("\\s(?<name>[A-Za-z-]+)=\"(?<value>[^\"]*)\"")]
    private static partial Regex AttributePattern();
}
