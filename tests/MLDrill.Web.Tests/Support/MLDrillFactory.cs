using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using MLDrill.Domain.Questions;
using MLDrill.Infrastructure.Data;
using MLDrill.Web.Hosting;
using Npgsql;

namespace MLDrill.Web.Tests.Support;

public enum Store
{
    Sqlite,
    Postgres,
}

/// <summary>
/// The real app on a real database: a fresh SQLite file, or a fresh database in the PostgreSQL cluster that
/// scripts/test.sh starts (MLDRILL_TEST_POSTGRES). Time is a fake clock the tests move.
/// </summary>
public class MLDrillFactory : WebApplicationFactory<Program>
{
    public const string PostgresVariable = "MLDRILL_TEST_POSTGRES";

    private readonly Store _store;
    private readonly string _dataDirectory;
    private readonly string? _postgresDatabase;
    private readonly bool _productionRateLimits;

    public MLDrillFactory(Store store, string? dataDirectory = null, FakeTimeProvider? clock = null, bool productionRateLimits = false)
    {
        _store = store;
        _productionRateLimits = productionRateLimits;
        _dataDirectory = dataDirectory ?? Path.Combine(Path.GetTempPath(), "mldrill-web-" + Guid.NewGuid().ToString("N"));
        Clock = clock ?? new FakeTimeProvider(StartOfTestDay());
        if (store == Store.Postgres)
        {
            _postgresDatabase = "mldrill_test_" + Guid.NewGuid().ToString("N")[..12];
            using var connection = new NpgsqlConnection(PostgresServer);
            connection.Open();
            using var create = new NpgsqlCommand($"CREATE DATABASE {_postgresDatabase}", connection);
            create.ExecuteNonQuery();
        }
    }

    public static string PostgresServer => Environment.GetEnvironmentVariable(PostgresVariable)
        ?? throw new InvalidOperationException($"{PostgresVariable} is not set: run the tests with scripts/test.sh, which starts PostgreSQL.");

    public FakeTimeProvider Clock { get; }

    /// <summary>
    /// 09:00 UTC of the real today: auth cookies carry expiry dates from this clock, and the HTTP client drops
    /// cookies that look expired by the real one; a fixed hour keeps a test's day from crossing midnight.
    /// </summary>
    public static DateTimeOffset StartOfTestDay() => new(DateTime.UtcNow.Date.AddHours(9), TimeSpan.Zero);

    public string DataDirectory => _dataDirectory;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Storage:DataDirectory", _dataDirectory);
        if (!_productionRateLimits)
        {
            // Every test client comes from one address; the limits themselves have their own test.
            builder.UseSetting("RateLimits:AccountPostsPerMinute", "10000");
            builder.UseSetting("RateLimits:PracticePostsPerMinute", "10000");
        }

        if (_store == Store.Postgres)
        {
            builder.UseSetting("Storage:Provider", "Postgres");
            builder.UseSetting("Storage:MigrateOnStart", "true");
            builder.UseSetting("Storage:PostgresConnectionString", new NpgsqlConnectionStringBuilder(PostgresServer) { Database = _postgresDatabase }.ConnectionString);
        }

        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }

    /// <summary>False for a test of start-up itself; otherwise the host is handed out once its start-up work is done.</summary>
    public bool WaitForStartup { get; init; } = true;

    protected override IHost CreateHost(IHostBuilder builder)
    {
        var host = base.CreateHost(builder);
        if (WaitForStartup)
        {
            host.Services.GetRequiredService<StartupGate>().WaitAsync().GetAwaiter().GetResult();
        }

        return host;
    }

    public QuestionBank Bank => Services.GetRequiredService<ContentCatalog>().Bank;

    /// <summary>An answer naming one evidence phrase of every key point (wildcards dropped): it covers the whole rubric.</summary>
    public string FullAnswer(string questionId) =>
        string.Join(". ", Bank.Find(questionId)!.KeyPoints.Select(k => k.Evidence[0].Replace("*", "", StringComparison.Ordinal))) + ".";

    public T WithDb<T>(Func<AppDbContext, T> query)
    {
        using var scope = Services.CreateScope();
        return query(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_postgresDatabase is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(PostgresServer);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_postgresDatabase} WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }
    }
}
