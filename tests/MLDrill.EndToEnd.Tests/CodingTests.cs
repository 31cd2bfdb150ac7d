using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using MLDrill.EndToEnd.Tests.Infrastructure;
using MLDrill.Web.Hosting;
using static Microsoft.Playwright.Assertions;

namespace MLDrill.EndToEnd.Tests;

/// <summary>
/// A new user opens a problem, fails a visible test and sees where the output differs, fixes the code in the
/// editor, is accepted, and finds both attempts with their code in the history. The code runs in the real sandbox.
/// </summary>
public sealed class CodingTests(BrowserFixture browser, MLDrillApp app) : IClassFixture<MLDrillApp>
{
    private const string ProblemId = "linear-regression-normal-equation";

    [Fact(Timeout = 240_000)]
    public async Task Fail_a_visible_test_see_the_difference_fix_it_and_get_accepted()
    {
        var problem = app.Services.GetRequiredService<ContentCatalog>().Result.CodingProblems.Single(p => p.Id == ProblemId);
        var wrong = problem.WrongSolutions.Single(w => w.Name == "no-intercept.py").Source;
        await using var session = await browser.NewSessionAsync(app);
        var page = session.Page;
        var learner = new Learner(page, app, "coder");
        await learner.RegisterAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Coding", Exact = true }).ClickAsync();
        await Expect(page.Locator($"tr[data-problem='{ProblemId}'][data-status='New']")).ToHaveCountAsync(1);
        await page.GetByRole(AriaRole.Link, new() { Name = problem.Title }).ClickAsync();
        await Expect(page.Locator("html[data-editor=codemirror]")).ToHaveCountAsync(1);
        await Expect(page.Locator(".cm-content")).ToContainTextAsync("def fit_linear_regression");

        // A first try that forgets the intercept, run with Ctrl+Enter from the editor.
        await SetCodeAsync(page, wrong);
        await page.Locator(".cm-content").ClickAsync();
        await page.Keyboard.PressAsync("Control+Enter");
        var result = page.Locator("#result[data-state=done]");
        await Expect(result).ToHaveCountAsync(1, new() { Timeout = 60_000 });
        await Expect(result.Locator(".verdict")).ToHaveTextAsync("Wrong answer");
        var failed = result.Locator("li[data-status=failed]").First;
        await Expect(failed.Locator(".difference")).ToContainTextAsync("expected");
        await Expect(failed.Locator("dl.io")).ToContainTextAsync("Got");

        // The fix, submitted with the button: every test, hidden ones included.
        await SetCodeAsync(page, problem.Reference);
        await page.GetByRole(AriaRole.Button, new() { Name = "Submit" }).ClickAsync();
        await Expect(page.Locator("#result[data-state=done] .verdict")).ToHaveTextAsync("Accepted", new() { Timeout = 60_000 });
        await Expect(page.Locator("#result")).ToContainTextAsync("8 of 8 tests passed");

        // The history keeps both attempts with their code; the reference opens now.
        var attempts = page.Locator("ol.attempts > li");
        await Expect(attempts).ToHaveCountAsync(2);
        await Expect(attempts.Nth(0)).ToContainTextAsync("Accepted");
        await Expect(attempts.Nth(1)).ToContainTextAsync("Wrong answer");
        await attempts.Nth(1).Locator("summary").ClickAsync();
        await Expect(attempts.Nth(1).Locator("pre code")).ToContainTextAsync("np.concatenate([[0.0], w])");
        await Expect(page.Locator(".reference summary")).ToContainTextAsync("Show the reference solution");

        await page.ScreenshotAsync(new() { Path = Screenshot("coding-problem"), FullPage = true });
        await page.GotoAsync("/Coding");
        await Expect(page.Locator($"tr[data-problem='{ProblemId}'][data-status='Solved']")).ToHaveCountAsync(1);
        await page.ScreenshotAsync(new() { Path = Screenshot("coding-list"), FullPage = true });
        session.Errors.ShouldBeEmpty();
    }

    /// <summary>Where a person looks at the coding pages: artifacts/screenshots/ beside the other pages' screenshots.</summary>
    private static string Screenshot(string name)
    {
        var folder = Path.Combine(ScreenshotTests.RepoRoot(), "artifacts", "screenshots");
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, $"{name}.png");
    }

    private static async Task SetCodeAsync(IPage page, string code) => await page.EvaluateAsync(
        "code => { const v = window.MLDrillEditor.view; v.dispatch({ changes: { from: 0, to: v.state.doc.length, insert: code } }); }", code);
}
