using System.CommandLine;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using MLDrill.Infrastructure.Data;

namespace MLDrill.Cli.Commands;

/// <summary><c>mldrill db migrate</c>: brings a database to the current schema (PostgreSQL does not migrate itself on start).</summary>
public static class DatabaseCommands
{
    public static Command Create()
    {
        var provider = new Option<DatabaseProvider>("--provider") { Description = "Sqlite or Postgres", DefaultValueFactory = _ => DatabaseProvider.Sqlite };
        var connection = new Option<string?>("--connection") { Description = "PostgreSQL connection string (with --provider Postgres)" };
        var dataDirectory = new Option<DirectoryInfo?>("--data-dir") { Description = "Folder of the SQLite database (with --provider Sqlite)" };
        var migrate = new Command("migrate", "Apply all pending migrations");
        migrate.Options.Add(provider);
        migrate.Options.Add(connection);
        migrate.Options.Add(dataDirectory);
        migrate.SetAction(async (parseResult, cancellationToken) =>
        {
            var storage = new StorageOptions { Provider = parseResult.GetValue(provider), PostgresConnectionString = parseResult.GetValue(connection) };
            if (parseResult.GetValue(dataDirectory) is { } dir)
            {
                storage.DataDirectory = dir.FullName;
            }

            var error = parseResult.InvocationConfiguration.Error;
            if (storage.Provider == DatabaseProvider.Postgres && string.IsNullOrWhiteSpace(storage.PostgresConnectionString))
            {
                await error.WriteLineAsync("--connection is required with --provider Postgres");
                return 1;
            }

            try
            {
                var options = Options.Create(storage);
                await using var db = new AppDbContextFactory(options).CreateDbContext();
                await new DatabaseInitializer(db, options, NullLogger<DatabaseInitializer>.Instance).MigrateAsync(cancellationToken);
                await parseResult.InvocationConfiguration.Output.WriteLineAsync($"{storage.Provider} database is up to date");
                return 0;
            }
            catch (Exception e) when (e is System.Data.Common.DbException or InvalidOperationException or ArgumentException)
            {
                await error.WriteLineAsync($"migration failed: {e.Message}");
                return 1;
            }
        });

        var db = new Command("db", "Database");
        db.Subcommands.Add(migrate);
        return db;
    }
}
