using Microsoft.Playwright;
using MLDrill.EndToEnd.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace MLDrill.EndToEnd.Tests;

/// <summary>
/// What a user types is shown as text, never run: in the revealed answer and in a notebook note (rendered Markdown),
/// where Mermaid diagrams still render.
/// </summary>
public sealed class XssTests(BrowserFixture browser, MLDrillApp app) : IClassFixture<MLDrillApp>
{
    private const string Script = "<script>window.__pwned=1</script>";
    private const string Image = "<img src=x onerror=\"window.__pwned=2\">";
    private const string JavascriptLink = "[x](javascript:alert(1))";
    private const string RawHtml = "<div onmouseover=\"window.__pwned=3\" style=\"position:fixed;inset:0\">raw html</div>";
    private const string Payloads = $"Before {Script} middle {Image} link {JavascriptLink} and {RawHtml} after.";

    /// <summary>Every attribute on the page that could run script: on* handlers, javascript: URLs (also in SVG).</summary>
    private const string DangerousAttributes = """
        () => [...document.querySelectorAll('*')].flatMap(e => [...e.attributes]
            .filter(a => a.name.toLowerCase().startsWith('on') || /^\s*javascript:/i.test(a.value))
            .map(a => `${e.tagName}[${a.name}="${a.value}"]`))
        """;

    [Fact(Timeout = 90_000)]
    public async Task Script_in_an_answer_or_a_note_is_shown_as_text_and_never_runs_while_Mermaid_still_renders()
    {
        await using var session = await browser.NewSessionAsync(app);
        var page = session.Page;
        var learner = new Learner(page, app, "xss");
        await learner.RegisterAsync();

        // The answer, the reflections and a note all carry the payloads.
        await learner.CurrentQuestionAsync();
        await learner.RevealAsync(Payloads);
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await AssertNothingRanAsync(page);
        var answer = page.Locator(".your-answer .answer-text");
        await Expect(answer).ToHaveTextAsync(Payloads);
        await Expect(answer.Locator("*")).ToHaveCountAsync(0);
        await page.Locator(".your-answer .answer-text").HoverAsync();
        await AssertNothingRanAsync(page);

        var note = $"{Payloads}\n\n{Script}\n\n{Image}\n\n{JavascriptLink}\n\n{RawHtml}\n\n" +
            "```mermaid\ngraph TD; A-->B\n```\n\n" +
            "```mermaid\ngraph LR\n  C[\"<img src=x onerror=window.__pwned=4>\"] --> D\n  click C \"javascript:window.__pwned=5\"\n```\n";
        await learner.AddToNotebookAsync(note);
        await page.Locator("#explain").FillAsync(Payloads);
        await learner.RateAsync("Good");

        await page.GotoAsync("/Notebook");
        var rendered = page.Locator("ul.notebook .prose.note");
        await Expect(rendered).ToHaveCountAsync(1);

        // Mermaid ran (in strict mode) and turned the first diagram into an SVG with both nodes.
        var diagrams = rendered.Locator(".mermaid");
        await Expect(diagrams).ToHaveCountAsync(2);
        await Expect(diagrams.First.Locator("svg")).ToBeVisibleAsync();
        await Expect(diagrams.First.Locator("svg")).ToContainTextAsync("A");
        await Expect(diagrams.First.Locator("svg")).ToContainTextAsync("B");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        // The payloads read as text; nothing of them became an element or an attribute.
        var text = await rendered.InnerTextAsync();
        text.ShouldContain(Script);
        text.ShouldContain(Image);
        text.ShouldContain("raw html");
        (await rendered.Locator("script").CountAsync()).ShouldBe(0);
        await File.WriteAllTextAsync("/tmp/note.html", await rendered.InnerHTMLAsync(), TestContext.Current.CancellationToken);
        (await rendered.Locator("img").CountAsync()).ShouldBe(0);
        (await rendered.Locator("div[style]").CountAsync()).ShouldBe(0);
        var link = rendered.Locator("a", new() { HasText = "x" });
        if (await link.CountAsync() > 0)
        {
            (await link.First.GetAttributeAsync("href")).ShouldBeNull("a javascript: link keeps its text but loses its target");
        }

        // Poke everything a victim might touch: the second diagram's node and the raw HTML's text.
        var node = diagrams.Nth(1).Locator("svg .node").First;
        if (await node.CountAsync() > 0)
        {
            await node.ClickAsync();
        }

        await rendered.GetByText("raw html").First.HoverAsync();
        await AssertNothingRanAsync(page);
        session.Errors.ShouldBeEmpty();
    }

    private static async Task AssertNothingRanAsync(IPage page)
    {
        (await page.EvaluateAsync<string>("() => typeof window.__pwned")).ShouldBe("undefined", $"a payload ran on {page.Url}");
        (await page.EvaluateAsync<string[]>(DangerousAttributes)).ShouldBeEmpty($"no script-bearing attribute on {page.Url}");
    }
}
