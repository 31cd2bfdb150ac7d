using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using MLDrill.Domain.Questions;
using MLDrill.Web.Hosting;

namespace MLDrill.EndToEnd.Tests.Infrastructure;

/// <summary>
/// The real app on a real Kestrel port (127.0.0.1, a free port), in process, with its own SQLite file in a fresh
/// temporary folder and a fake clock the tests move. One per test class: the clock and the rate limiter
/// (10 account requests a minute per IP) are per app, so classes never disturb each other.
/// </summary>
public sealed class MLDrillApp : WebApplicationFactory<Program>, IAsyncLifetime
{
    /// <summary>
    /// 09:00 UTC, a month ahead of the real clock: far from midnight, so a test's "today" never rolls over, and far
    /// from the browser's own clock, so the server always times answers itself (it ignores client times more than
    /// 3 h off) and suggestions are the same on every run. Ahead, not behind, so the auth cookie never looks expired.
    /// </summary>
    public static readonly DateTimeOffset Start = new(DateTime.UtcNow.Date.AddDays(30).AddHours(9), TimeSpan.Zero);

    private readonly string _dataDirectory = Directory.CreateTempSubdirectory("mldrill-e2e-").FullName;

    public MLDrillApp() => UseKestrel(0);

    public FakeTimeProvider Clock { get; } = new(Start);

    /// <summary>Where the app listens, e.g. http://127.0.0.1:41234.</summary>
    public string BaseUrl { get; private set; } = "";

    /// <summary>The question bank the app loaded, to compose answers that cover a rubric.</summary>
    public QuestionBank Bank => Services.GetRequiredService<ContentCatalog>().Bank;

    public async ValueTask InitializeAsync()
    {
        StartServer();
        await Services.GetRequiredService<StartupGate>().WaitAsync();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        BaseUrl = addresses.First(a => a.StartsWith("http://", StringComparison.Ordinal)).TrimEnd('/');
        Bank.Count.ShouldBeGreaterThan(8, "the content bank must hold more than a day's questions");
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Storage:Provider", "Sqlite");
        builder.UseSetting("Storage:DataDirectory", _dataDirectory);
        builder.UseSetting("Content:Path", ContentPath());
        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open; the temp folder is cleaned by the OS eventually.
        }
    }

    /// <summary>The content copied beside the tests, else the repository's content/ folder.</summary>
    private static string ContentPath()
    {
        var besideTests = Path.Combine(AppContext.BaseDirectory, "content");
        if (Directory.Exists(Path.Combine(besideTests, "questions")))
        {
            return besideTests;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "MLDrill.slnx")))
            {
                return Path.Combine(dir.FullName, "content");
            }
        }

        throw new InvalidOperationException($"No content folder beside {AppContext.BaseDirectory} nor in a parent holding MLDrill.slnx.");
    }
}
