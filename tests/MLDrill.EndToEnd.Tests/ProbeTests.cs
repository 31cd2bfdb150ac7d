using Microsoft.Playwright;
using MLDrill.EndToEnd.Tests.Infrastructure;

namespace MLDrill.EndToEnd.Tests;

public sealed class ProbeTests(BrowserFixture browser, MLDrillApp app, ITestOutputHelper output) : IClassFixture<MLDrillApp>
{
    [Theory]
    [InlineData("```mermaid\ngraph TD; A-->B\n```\n")]
    [InlineData("```mermaid\ngraph LR\n  C[\"<img src=x onerror=window.__pwned=4>\"] --> D\n```\n")]
    [InlineData("```mermaid\ngraph LR\n  C --> D\n  click C \"javascript:window.__pwned=5\"\n```\n")]
    [InlineData("<img src=x onerror=\"window.__pwned=2\">")]
    public async Task Probe(string note)
    {
        var context = await browser.Browser.NewContextAsync(new() { BaseURL = app.BaseUrl, BypassCSP = true });
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, m) => errors.Add(m.Type + ": " + m.Text);
        var learner = new Learner(page, app, "probe");
        await learner.RegisterAsync();
        await learner.CurrentQuestionAsync();
        await learner.RevealAsync("x");
        await learner.AddToNotebookAsync(note);
        await page.GotoAsync("/Notebook");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await page.WaitForTimeoutAsync(1000);
        var nodes = page.Locator(".mermaid svg .node");
        if (await nodes.CountAsync() > 0) await nodes.First.ClickAsync();
        await page.WaitForTimeoutAsync(500);
        output.WriteLine("pwned: " + await page.EvaluateAsync<string>("() => String(window.__pwned)"));
        foreach (var e in errors) output.WriteLine(e);
        await context.CloseAsync();
    }
}
