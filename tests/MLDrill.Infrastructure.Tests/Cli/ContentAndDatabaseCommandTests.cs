using Microsoft.Data.Sqlite;
using MLDrill.Infrastructure.Tests.Content;

namespace MLDrill.Infrastructure.Tests.Cli;

public sealed class ContentAndDatabaseCommandTests : IDisposable
{
    private readonly QuestionFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void Validate_passes_on_valid_content()
    {
        _files.Write("core-concepts", "l1.md", QuestionFiles.Valid);

        var (exitCode, output, error) = CliRunner.Run("content", "validate", "--path", _files.Root);

        exitCode.ShouldBe(0, error);
        output.ShouldContain("1 files, 1 valid questions, 0 valid coding problems, 0 problems");
    }

    [Fact]
    public void Validate_prints_file_and_line_of_each_problem_and_fails()
    {
        _files.Write("core-concepts", "l1.md", QuestionFiles.Valid.Replace("kind: trade-off", "kind: essay", StringComparison.Ordinal));

        var (exitCode, _, error) = CliRunner.Run("content", "validate", "--path", _files.Root);

        exitCode.ShouldBe(1);
        error.Trim().ShouldEndWith("questions/core-concepts/l1.md:6: unknown kind 'essay'; known: concept, derivation, trade-off, case-study, coding, system-design, library");
    }

    [Fact]
    public void Validate_fails_on_an_empty_or_missing_folder()
    {
        CliRunner.Run("content", "validate", "--path", Path.Combine(_files.Root, "missing")).ExitCode.ShouldBe(1);
    }

    [Fact]
    public void Stats_counts_by_area_kind_difficulty_and_topic()
    {
        _files.Write("core-concepts", "l1.md", QuestionFiles.Valid);
        _files.Write("core-concepts", "l2.md", QuestionFiles.Valid.Replace("id: l1-vs-l2", "id: second", StringComparison.Ordinal)
            .Replace("difficulty: medium", "difficulty: hard", StringComparison.Ordinal));

        var (exitCode, output, _) = CliRunner.Run("content", "stats", "--path", _files.Root);
        var (_, json, _) = CliRunner.Run("content", "stats", "--path", _files.Root, "--json");

        exitCode.ShouldBe(0);
        output.ShouldStartWith("2 questions (0 from the seed article)");
        output.ShouldContain("| core-concepts | 2 |");
        output.ShouldContain("| deep-learning | 0 |");
        output.ShouldContain("| trade-off | 2 |");
        output.ShouldContain("| medium | 1 |");
        output.ShouldContain("| hard | 1 |");
        output.ShouldContain("| regularization | 2 |");
        using var document = System.Text.Json.JsonDocument.Parse(json);
        document.RootElement.GetProperty("total").GetInt32().ShouldBe(2);
        document.RootElement.GetProperty("by_area").GetProperty("core-concepts").GetInt32().ShouldBe(2);
        document.RootElement.GetProperty("by_topic").GetProperty("regularization").GetInt32().ShouldBe(2);
    }

    [Fact]
    public void Migrate_creates_the_sqlite_schema_in_wal_mode()
    {
        var (exitCode, output, error) = CliRunner.Run("db", "migrate", "--data-dir", _files.Root);

        exitCode.ShouldBe(0, error);
        output.ShouldContain("Sqlite database is up to date");
        using var connection = new SqliteConnection($"Data Source={Path.Combine(_files.Root, "mldrill.db")};Pooling=False");
        connection.Open();
        using var tables = new SqliteCommand("SELECT count(*) FROM sqlite_master WHERE name IN ('Cards','ReviewLogs','Attempts','NotebookEntries','AspNetUsers')", connection);
        tables.ExecuteScalar().ShouldBe(5L);
        using var mode = new SqliteCommand("PRAGMA journal_mode", connection);
        mode.ExecuteScalar().ShouldBe("wal");
    }

    [Fact]
    public void Migrate_on_postgres_needs_a_connection_string()
    {
        var (exitCode, _, error) = CliRunner.Run("db", "migrate", "--provider", "Postgres");

        exitCode.ShouldBe(1);
        error.ShouldContain("--connection is required");
    }
}
