namespace MLDrill.Web.Tests.Support;

/// <summary>One app per test class on SQLite; tests in a class share it and use their own users.</summary>
public sealed class SqliteApp() : MLDrillFactory(Store.Sqlite);

/// <summary>One app per test class on its own PostgreSQL database.</summary>
public sealed class PostgresApp() : MLDrillFactory(Store.Postgres);
