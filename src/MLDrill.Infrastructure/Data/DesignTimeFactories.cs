using Microsoft.EntityFrameworkCore.Design;
using Microsoft.Extensions.Options;

namespace MLDrill.Infrastructure.Data;

/// <summary>Lets <c>dotnet ef migrations add</c> build each provider's context without the web host.</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteAppDbContext>
{
    public SqliteAppDbContext CreateDbContext(string[] args) =>
        (SqliteAppDbContext)new AppDbContextFactory(Options.Create(new StorageOptions { DataDirectory = Path.GetTempPath() })).CreateDbContext();
}

public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresAppDbContext>
{
    public PostgresAppDbContext CreateDbContext(string[] args) =>
        (PostgresAppDbContext)new AppDbContextFactory(Options.Create(new StorageOptions
        {
            Provider = DatabaseProvider.Postgres,
            PostgresConnectionString = "Host=localhost;Database=mldrill_design",
        })).CreateDbContext();
}
