using Microsoft.Playwright;
using MLDrill.EndToEnd.Tests.Infrastructure;

[assembly: AssemblyFixture(typeof(BrowserFixture))]

namespace MLDrill.EndToEnd.Tests.Infrastructure;

/// <summary>
/// One Playwright driver and one headless Chromium (Debian's, never a downloaded one) for the whole test assembly.
/// Each test gets its own browser context, so cookies and storage never leak between tests.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    public static readonly ViewportSize Desktop = new() { Width = 1280, Height = 900 };
    public static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };

    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"Chromium is missing at {ChromiumPath}: install Debian's package (apt-get install chromium).");
        }

        // Expect(...) waits 5 s by default; a cold app on a small CI machine can take longer for its first pages.
        Assertions.SetDefaultExpectTimeout(15_000);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Timeout = 60_000,
            Args = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update"],
        });
    }

    /// <summary>
    /// A fresh context (own cookies) on <paramref name="app"/>, in UTC so "today" is the fake clock's day, with
    /// bounded timeouts and a record of script errors and CSP violations.
    /// </summary>
    /// <param name="signedInAs">Another session whose cookies this one starts with (the same user, another window).</param>
    /// <param name="bypassCsp">Ignore the app's Content-Security-Policy, to test the defences behind it.</param>
    public async Task<BrowserSession> NewSessionAsync(
        MLDrillApp app, ViewportSize? viewport = null, ColorScheme colorScheme = ColorScheme.Light, BrowserSession? signedInAs = null, bool bypassCsp = false)
    {
        var context = await Browser.NewContextAsync(new()
        {
            BaseURL = app.BaseUrl,
            ViewportSize = viewport ?? Desktop,
            ColorScheme = colorScheme,
            TimezoneId = "UTC",
            Locale = "en-GB",
            BypassCSP = bypassCsp,
            StorageState = signedInAs is null ? null : await signedInAs.Context.StorageStateAsync(),
        });
        // Generous: on a 2-core CI machine a page that loads KaTeX and Mermaid can take seconds; a real hang still fails.
        context.SetDefaultTimeout(20_000);
        context.SetDefaultNavigationTimeout(45_000);
        var page = await context.NewPageAsync();
        return new BrowserSession(context, page);
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }
}

/// <summary>A browser context and its page; records page errors and console errors (CSP violations land there).</summary>
public sealed class BrowserSession : IAsyncDisposable
{
    private readonly List<string> _errors = [];

    public BrowserSession(IBrowserContext context, IPage page)
    {
        Context = context;
        Page = page;
        page.PageError += (_, error) => { lock (_errors) { _errors.Add($"page error: {error}"); } };
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                lock (_errors) { _errors.Add($"console error at {message.Location}: {message.Text}"); }
            }
        };
    }

    public IBrowserContext Context { get; }

    public IPage Page { get; }

    /// <summary>Script errors and console errors seen so far (a CSP violation is a console error).</summary>
    public IReadOnlyList<string> Errors { get { lock (_errors) { return [.. _errors]; } } }

    public ValueTask DisposeAsync() => new(Context.CloseAsync());
}
