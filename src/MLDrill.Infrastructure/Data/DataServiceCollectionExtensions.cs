using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace MLDrill.Infrastructure.Data;

public static class DataServiceCollectionExtensions
{
    /// <summary>Registers <see cref="AppDbContext"/> on the configured provider (section <c>Storage</c>).</summary>
    public static IServiceCollection AddMLDrillData(this IServiceCollection services)
    {
        services.AddOptions<StorageOptions>()
            .BindConfiguration(StorageOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<AppDbContextFactory>();
        services.AddScoped(provider => provider.GetRequiredService<AppDbContextFactory>().CreateDbContext());
        services.AddScoped<DatabaseInitializer>();
        return services;
    }
}

/// <summary>
/// The one place that chooses the database provider, for the app, the CLI and the tests. Options are built once;
/// each provider has its own context type so that each keeps its own migrations.
/// </summary>
public sealed class AppDbContextFactory : IDbContextFactory<AppDbContext>
{
    private readonly Func<AppDbContext> _create;

    public AppDbContextFactory(IOptions<StorageOptions> options)
    {
        var storage = options.Value;
        if (storage.Provider == DatabaseProvider.Postgres)
        {
            var postgres = new DbContextOptionsBuilder<PostgresAppDbContext>().UseNpgsql(storage.PostgresConnectionString).Options;
            _create = new PooledDbContextFactory<PostgresAppDbContext>(postgres).CreateDbContext;
        }
        else
        {
            var sqlite = new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite(storage.SqliteConnectionString).Options;
            _create = new PooledDbContextFactory<SqliteAppDbContext>(sqlite).CreateDbContext;
        }
    }

    /// <summary>A context from the pool: disposing it returns it, so a request pays for no context set-up.</summary>
    public AppDbContext CreateDbContext() => _create();
}
