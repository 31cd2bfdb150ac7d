using BenchmarkDotNet.Attributes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using MLDrill.Domain.Planning;
using MLDrill.Domain.Scheduling;
using MLDrill.Infrastructure.Data;
using MLDrill.Web.Features.Notebook;
using MLDrill.Web.Features.Plan;
using MLDrill.Web.Features.Practice;
using MLDrill.Web.Features.Progress;
using MLDrill.Web.Hosting;

namespace MLDrill.Benchmarks;

/// <summary>
/// A heavy user (5,000 cards, 100,000 review logs over a year, a plan that started 300 days ago) on a real
/// SQLite file: today's queue, the whole plan, and the progress dashboard, each as the server computes them.
/// The baseline is a primary-key lookup of the same user on the same connection, so the ratios survive a
/// noisy machine.
/// </summary>
[MemoryDiagnoser]
public class HeavyUserBenchmarks
{
    private const int Cards = 5_000;
    private const int Logs = 100_000;
    private string _directory = "";
    private AppDbContext _db = null!;
    private PracticeService _practice = null!;
    private PlanService _plans = null!;
    private ProgressService _progress = null!;
    private string _userId = "";

    [GlobalSetup]
    public void Setup()
    {
        _directory = Path.Combine(Path.GetTempPath(), "mldrill-bench-" + Guid.NewGuid().ToString("N"));
        var storage = Options.Create(new StorageOptions { DataDirectory = _directory });
        Directory.CreateDirectory(_directory);
        _db = new AppDbContextFactory(storage).CreateDbContext();
        _db.Database.Migrate();
        var content = new ContentCatalog(Options.Create(new ContentOptions { Path = RepositoryContent() }), NullLogger<ContentCatalog>.Instance);
        Seed(content);
        // The cache would answer every call after the first; this measures the database path.
        var cache = new TodayViewCache(enabled: false);
        var scheduler = new FsrsScheduler();
        var planner = new StudyPlanner(scheduler);
        _plans = new PlanService(_db, content, planner, cache, TimeProvider.System);
        var notebook = new NotebookService(_db, content, cache, TimeProvider.System);
        _practice = new PracticeService(_db, content, scheduler, planner, notebook, cache, TimeProvider.System);
        _progress = new ProgressService(_db, _plans, scheduler, TimeProvider.System);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _db.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    [Benchmark(Baseline = true)]
    public Task<AppUser> UserByPrimaryKey() => _db.Users.AsNoTracking().SingleAsync(u => u.Id == _userId);

    [Benchmark]
    public Task<TodayView> TodayQueue() => _practice.GetTodayAsync(_userId);

    [Benchmark]
    public Task<PlanReading> Plan() => _plans.BuildAsync(_userId);

    [Benchmark]
    public Task<ProgressReport> Dashboard() => _progress.ReportAsync(_userId);

    private void Seed(ContentCatalog content)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var user = new AppUser
        {
            UserName = "bench@example.test",
            Email = "bench@example.test",
            CreatedAt = DateTimeOffset.UtcNow.AddDays(-365),
            PlanStart = today.AddDays(-300),
            InterviewDate = today.AddDays(60),
            PlanConfigured = true,
        };
        _db.Users.Add(user);
        _db.SaveChanges();
        _userId = user.Id;

        var now = DateTimeOffset.UtcNow;
        var random = new Random(7);
        var ids = content.Bank.Ids;
        for (var i = 0; i < Cards; i++)
        {
            // The bank has fewer questions than cards; the rest stand for questions removed from the bank.
            var questionId = i < ids.Count ? ids[i] : $"retired-{i}";
            _db.Cards.Add(new Card
            {
                UserId = _userId,
                QuestionId = questionId,
                Phase = CardPhase.Review,
                Stability = 1 + random.NextDouble() * 100,
                Difficulty = 1 + random.NextDouble() * 9,
                Due = now.AddDays(random.Next(-30, 60)),
                LastReview = now.AddDays(-random.Next(1, 90)),
                Reps = 5,
            });
        }

        _db.SaveChanges();
        for (var batch = 0; batch < Logs / 10_000; batch++)
        {
            for (var i = 0; i < 10_000; i++)
            {
                var at = now.AddMinutes(-random.Next(0, 60 * 24 * 365));
                _db.ReviewLogs.Add(new ReviewLog
                {
                    UserId = _userId,
                    QuestionId = ids[random.Next(ids.Count)],
                    AttemptId = (batch * 10_000) + i + 1,
                    ReviewedAt = at,
                    LocalDay = DateOnly.FromDateTime(at.UtcDateTime),
                    Rating = (Rating)random.Next(1, 5),
                    Coverage = random.Next(3) == 0 ? null : random.NextDouble(),
                    DurationSeconds = random.Next(20, 400),
                    DueBefore = at,
                    DueAfter = at.AddDays(3),
                    PhaseBefore = CardPhase.Review,
                    PhaseAfter = CardPhase.Review,
                });
            }

            _db.SaveChanges();
            _db.ChangeTracker.Clear();
        }

        // The day rows the app keeps as it logs reviews, built here the way the migration builds them.
        _db.Database.ExecuteSqlRaw("""
            INSERT INTO "DailyActivities" ("UserId", "Day", "Questions", "Reviews")
            SELECT "UserId", "LocalDay", COUNT(DISTINCT "QuestionId"), COUNT(*) FROM "ReviewLogs" GROUP BY "UserId", "LocalDay"
            """);
        // The cards' recent-performance sums, as the app keeps them with each rating.
        RecentPerformanceStore.BackfillAsync(_db).GetAwaiter().GetResult();
    }

    private static string RepositoryContent()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "MLDrill.slnx")))
        {
            dir = dir.Parent;
        }

        return Path.Combine(dir?.FullName ?? throw new InvalidOperationException("run from inside the repository"), "content");
    }
}
