using Microsoft.Playwright;
using MLDrill.EndToEnd.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace MLDrill.EndToEnd.Tests;

/// <summary>
/// What a user types is shown as text, never run: in the revealed answer and in a notebook note (rendered Markdown),
/// where Mermaid diagrams still render. Checked twice: as served, and with the Content-Security-Policy switched off
/// in the browser, so the renderer's escaping and address filter hold on their own and the policy is only a second line of defence.
/// </summary>
public sealed class XssTests(BrowserFixture browser, MLDrillApp app) : IClassFixture<MLDrillApp>
{
    private const string Script = "<script>window.__pwned=1</script>";
    private const string Image = "<img src=x onerror=\"window.__pwned=2\">";
    private const string JavascriptLink = "[x](javascript:alert(1))";
    private const string RawHtml = "<div onmouseover=\"window.__pwned=3\" style=\"position:fixed;inset:0\">raw html</div>";
    private const string Payloads = $"Before {Script} middle {Image} link {JavascriptLink} and {RawHtml} after.";

    private const string Note = $"{Payloads}\n\n{Script}\n\n{Image}\n\n{JavascriptLink}\n\n{RawHtml}\n\n" +
        "```mermaid\ngraph TD; A-->B\n```\n\n" +
        "```mermaid\ngraph LR\n  C[\"<img src=x onerror=window.__pwned=4>\"] --> D\n  click C \"javascript:window.__pwned=5\"\n```\n";

    /// <summary>Every attribute on the page that could run script: on* handlers and javascript: URLs (SVG too).</summary>
    private const string ScriptBearingAttributes = """
        () => [...document.querySelectorAll('*')].flatMap(e => [...e.attributes]
            .filter(a => a.name.toLowerCase().startsWith('on') || /^\s*javascript:/i.test(a.value))
            .map(a => `${e.tagName}[${a.name}="${a.value}"]`))
        """;

    [Fact(Timeout = 120_000)]
    public async Task Script_in_an_answer_or_a_note_is_shown_as_text_and_never_runs_while_Mermaid_still_renders()
    {
        await using var session = await browser.NewSessionAsync(app);
        var learner = new Learner(session.Page, app, "xss");
        await learner.RegisterAsync();
        await using var withoutCsp = await browser.NewSessionAsync(app, signedInAs: session, bypassCsp: true);

        // The typed answer, on the revealed attempt page.
        await learner.CurrentQuestionAsync();
        await learner.RevealAsync(Payloads);
        var attemptUrl = session.Page.Url;
        await withoutCsp.Page.GotoAsync(attemptUrl);
        foreach (var page in new[] { session.Page, withoutCsp.Page })
        {
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            var answer = page.Locator(".your-answer .answer-text");
            await Expect(answer).ToHaveTextAsync(Payloads);
            await Expect(answer.Locator("*")).ToHaveCountAsync(0);
            await answer.HoverAsync();
            await AssertNothingRanAsync(page);
        }

        // A note with the same payloads and two diagrams, on the notebook page; the reflections carry them too.
        await learner.AddToNotebookAsync(Note);
        await session.Page.Locator("#explain").FillAsync(Payloads);
        await learner.RateAsync("Good");
        foreach (var page in new[] { session.Page, withoutCsp.Page })
        {
            // The assertions below wait for what they need; the load event (all of Mermaid parsed) is not one of them.
            await page.GotoAsync("/Notebook", new() { WaitUntil = WaitUntilState.DOMContentLoaded });
            var rendered = page.Locator("ul.notebook .prose.note");
            await Expect(rendered).ToHaveCountAsync(1);

            // Mermaid ran (strict mode, SVG text labels) and drew both diagrams; the first has nodes A and B.
            var diagrams = rendered.Locator(".mermaid");
            await Expect(diagrams).ToHaveCountAsync(2);
            await Expect(diagrams.Locator("svg")).ToHaveCountAsync(2);
            await Expect(diagrams.First.Locator("svg .node")).ToHaveCountAsync(2);
            await Expect(diagrams.First.Locator("svg")).ToContainTextAsync("A");
            await Expect(diagrams.First.Locator("svg")).ToContainTextAsync("B");
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

            // The payloads read as text; none became an element. The javascript: link keeps its text, not its target.
            var text = await rendered.InnerTextAsync();
            text.ShouldContain(Script);
            text.ShouldContain(Image);
            text.ShouldContain(RawHtml);
            await Expect(rendered.Locator("script")).ToHaveCountAsync(0);
            await Expect(rendered.Locator("img")).ToHaveCountAsync(0);
            await Expect(rendered.Locator("div[style], div[onmouseover]")).ToHaveCountAsync(0);
            var links = rendered.Locator("a", new() { HasText = "x" });
            foreach (var link in await links.AllAsync())
            {
                (await link.GetAttributeAsync("href")).ShouldBeNull();
            }

            // Touch what a victim might: the second diagram's node (a click handler in non-strict Mermaid) and the text.
            await diagrams.Nth(1).Locator("svg .node").First.ClickAsync();
            await rendered.GetByText("raw html").First.HoverAsync();
            await AssertNothingRanAsync(page);
        }

        // As served, the only console errors allowed are the policy refusing inline handlers (Mermaid sanitises its
        // labels in an inert document, which the policy still reports); without the policy there is none at all.
        session.Errors.ShouldAllBe(error => error.Contains("violates the following Content Security Policy directive"));
        withoutCsp.Errors.ShouldBeEmpty();
    }

    private static async Task AssertNothingRanAsync(IPage page)
    {
        (await page.EvaluateAsync<string>("() => typeof window.__pwned")).ShouldBe("undefined", $"a payload ran on {page.Url}");
        (await page.EvaluateAsync<string[]>(ScriptBearingAttributes)).ShouldBeEmpty($"no script-bearing attribute on {page.Url}");
    }
}
