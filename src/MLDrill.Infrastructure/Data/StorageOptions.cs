using System.ComponentModel.DataAnnotations;

namespace MLDrill.Infrastructure.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

/// <summary>Configuration section <c>Storage</c>: where users and their history are kept.</summary>
public sealed class StorageOptions : IValidatableObject
{
    public const string Section = "Storage";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Folder for the SQLite file (and later backups). Defaults to the user's local application data.</summary>
    public string DataDirectory { get; set; } =
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "mldrill");

    /// <summary>PostgreSQL connection string; required when <see cref="Provider"/> is Postgres.</summary>
    public string? PostgresConnectionString { get; set; }

    /// <summary>Apply migrations at start-up. Null means: yes for SQLite, no for PostgreSQL (run <c>mldrill migrate</c>).</summary>
    public bool? MigrateOnStart { get; set; }

    public bool ShouldMigrateOnStart => MigrateOnStart ?? Provider == DatabaseProvider.Sqlite;

    public string SqliteConnectionString => $"Data Source={Path.Combine(DataDirectory, "mldrill.db")};Pooling=True";

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Provider == DatabaseProvider.Postgres && string.IsNullOrWhiteSpace(PostgresConnectionString))
        {
            yield return new ValidationResult("Storage:PostgresConnectionString is required when Storage:Provider is Postgres.");
        }

        if (Provider == DatabaseProvider.Sqlite && string.IsNullOrWhiteSpace(DataDirectory))
        {
            yield return new ValidationResult("Storage:DataDirectory must name a folder for the SQLite database.");
        }
    }
}
