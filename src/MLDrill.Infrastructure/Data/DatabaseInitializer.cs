using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MLDrill.Infrastructure.Data;

/// <summary>
/// Brings the database to the current schema and fills data a migration cannot compute in SQL; SQLite is also
/// switched to write-ahead logging.
/// </summary>
public sealed class DatabaseInitializer(AppDbContext db, IOptions<StorageOptions> options, ILogger<DatabaseInitializer> logger)
{
    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        var storage = options.Value;
        if (storage.Provider == DatabaseProvider.Sqlite)
        {
            Directory.CreateDirectory(storage.DataDirectory);
        }

        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (pending.Count > 0)
        {
            logger.LogInformation("Applying {Count} migration(s) to the {Provider} database", pending.Count, storage.Provider);
            await db.Database.MigrateAsync(cancellationToken);
        }

        var filled = await RecentPerformanceStore.BackfillAsync(db, cancellationToken);
        if (filled > 0)
        {
            logger.LogInformation("Summed the review history of {Count} card(s) for topic standings", filled);
        }

        if (storage.Provider == DatabaseProvider.Sqlite)
        {
            // WAL lets readers run while a review is written; synchronous stays FULL so an acknowledged review survives a crash.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
    }
}
