using Microsoft.Playwright;
using MLDrill.EndToEnd.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace MLDrill.EndToEnd.Tests;

/// <summary>
/// Screenshots of the main pages (practice, revealed attempt, summary, notebook, plan, progress) at desktop and phone width, light
/// and dark, into artifacts/screenshots/ for a person to look at; and the one layout rule a machine can check:
/// no page scrolls sideways.
/// </summary>
public sealed class ScreenshotTests(BrowserFixture browser, MLDrillApp app) : IClassFixture<MLDrillApp>
{
    private static readonly (string Name, ViewportSize Size)[] Viewports = [("desktop", BrowserFixture.Desktop), ("phone", BrowserFixture.Phone)];
    private static readonly ColorScheme[] Schemes = [ColorScheme.Light, ColorScheme.Dark];

    [Fact(Timeout = 240_000)]
    public async Task Main_pages_at_desktop_and_phone_width_in_light_and_dark()
    {
        var folder = Path.Combine(RepoRoot(), "artifacts", "screenshots");
        Directory.CreateDirectory(folder);

        await using var session = await browser.NewSessionAsync(app);
        var learner = new Learner(session.Page, app, "screens");
        await learner.RegisterAsync();

        // The same user in four windows: desktop and phone, light and dark.
        var viewers = new List<(string Name, BrowserSession Session)>();
        foreach (var (name, size) in Viewports)
        {
            foreach (var scheme in Schemes)
            {
                viewers.Add(($"{name}-{scheme.ToString().ToLowerInvariant()}", await browser.NewSessionAsync(app, size, scheme, signedInAs: session)));
            }
        }

        try
        {
            var first = await learner.CurrentQuestionAsync();
            await ShootAllAsync(viewers, folder, "1-practice", "/Practice", page => Expect(page.Locator("[data-practice]")).ToBeVisibleAsync());

            await learner.RevealAsync(learner.PartialAnswer(first.Id) + " Also, it depends on the data.");
            var attemptPath = new Uri(session.Page.Url).AbsolutePath;
            await ShootAllAsync(viewers, folder, "2-attempt", attemptPath, page => Expect(page.Locator("button.rating.suggested")).ToBeVisibleAsync());

            await learner.AddToNotebookAsync(
                "**Lead with the trade-off.** Variance falls as $\\frac{1-\\rho}{B}\\sigma^2$ with more models.\n\n" +
                "| method | reduces |\n|---|---|\n| bagging | variance |\n| boosting | bias |\n\n" +
                "```mermaid\ngraph LR; Data-->Bootstrap-->Trees-->Average\n```\n\n" +
                "A long unbroken token: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.");
            await learner.RateAsync("Easy");

            // The rest of the day, answered out loud and rated Easy so it ends.
            while (await learner.HasQuestionAsync())
            {
                await learner.RevealAsync("", outLoud: true);
                await learner.RateAsync("Easy");
            }

            await ShootAllAsync(viewers, folder, "3-summary", "/Practice", page => Expect(page.Locator("section.summary table")).ToBeVisibleAsync());
            await ShootAllAsync(viewers, folder, "4-notebook", "/Notebook", async page =>
            {
                await Expect(page.Locator(".prose.note .mermaid svg")).ToBeVisibleAsync();
                await Expect(page.Locator(".prose.note .katex").First).ToBeVisibleAsync();
            });
            await ShootAllAsync(viewers, folder, "5-plan", "/Plan", page => Expect(page.Locator("table.plan-days")).ToBeVisibleAsync());
            await ShootAllAsync(viewers, folder, "6-progress", "/Progress", page => Expect(page.Locator("svg.chart").First).ToBeVisibleAsync());
        }
        finally
        {
            foreach (var (_, viewer) in viewers)
            {
                await viewer.DisposeAsync();
            }
        }

        Directory.GetFiles(folder, "*.png").Length.ShouldBeGreaterThanOrEqualTo(24);
        session.Errors.ShouldBeEmpty();
        viewers.SelectMany(v => v.Session.Errors).ShouldBeEmpty();
    }

    private static async Task ShootAllAsync(List<(string Name, BrowserSession Session)> viewers, string folder, string state, string path, Func<IPage, Task> ready)
    {
        foreach (var (name, viewer) in viewers)
        {
            var page = viewer.Page;
            await page.GotoAsync(path);
            await ready(page);
            await page.EvaluateAsync("() => document.fonts.ready");
            await page.ScreenshotAsync(new() { Path = Path.Combine(folder, $"{state}-{name}.png"), FullPage = true, Animations = ScreenshotAnimations.Disabled });

            var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
            overflow.ShouldBeLessThanOrEqualTo(0, $"{state} at {name} scrolls sideways by {overflow}px");
        }
    }

    internal static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "MLDrill.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("No MLDrill.slnx above the test output.");
    }
}
