using System.CommandLine;
using System.Globalization;
using MLDrill.Cli;
using MLDrill.Cli.Commands;
using MLDrill.Domain.Scheduling.Fsrs;

namespace MLDrill.Infrastructure.Tests.Cli;

/// <summary><c>mldrill fsrs replay</c>, invoked in-process the way Program.cs does.</summary>
public sealed class FsrsReplayCommandTests : IDisposable
{
    private const string Header = "card_id,review_time,rating";
    private const string OutputHeader = "card_id,review_time,rating,stability,difficulty,retrievability,scheduled_days,due";

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("mldrill-fsrs-");

    public void Dispose() => _folder.Delete(recursive: true);

    private string WriteCsv(params string[] lines)
    {
        var path = Path.Combine(_folder.FullName, $"reviews-{Guid.NewGuid():N}.csv");
        File.WriteAllLines(path, lines);
        return path;
    }

    private static (int ExitCode, string Output, string Error) Run(params string[] args) => CliRunner.Run(args);

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    [Fact]
    public void Fsrs_is_one_of_the_cli_commands()
    {
        CliCommands.All().Select(c => c.Name).ShouldContain("fsrs");
    }

    [Fact]
    public void Replays_the_fsrs_rs_memory_state_vector()
    {
        // Ratings 1, 3, 3, 3, 3, 3 on days 0, 0, 1, 4, 12, 33: fsrs-rs expects S = 53.62691, D = 6.3574867.
        var csv = WriteCsv(
            Header,
            "c,2022-11-29T12:30:00Z,1",
            "c,2022-11-29T12:30:00Z,3",
            "c,2022-11-30T12:30:00Z,3",
            "c,2022-12-03T12:30:00Z,3",
            "c,2022-12-11T12:30:00Z,3",
            "c,2023-01-01T12:30:00Z,3");

        var (exitCode, output, error) = Run("fsrs", "replay", "--input", csv, "--no-fuzz");

        exitCode.ShouldBe(0, error);
        Lines(output).ShouldBe(
        [
            OutputHeader,
            "c,2022-11-29T12:30:00Z,1,0.212,6.4133,,0.00069444,2022-11-29T12:31:00Z",
            "c,2022-11-29T12:30:00Z,3,0.24668919,6.40211507,1,0.00694444,2022-11-29T12:40:00Z",
            "c,2022-11-30T12:30:00Z,3,2.02147725,6.39094132,0.78085028,2,2022-12-02T12:30:00Z",
            "c,2022-12-03T12:30:00Z,3,7.86369884,6.37977875,0.87067664,8,2022-12-11T12:30:00Z",
            "c,2022-12-11T12:30:00Z,3,21.91771315,6.36862734,0.89881506,22,2023-01-02T12:30:00Z",
            "c,2023-01-01T12:30:00Z,3,53.62690292,6.35748708,0.90291151,54,2023-02-24T12:30:00Z",
        ]);
        var last = Lines(output)[^1].Split(',');
        double.Parse(last[3], CultureInfo.InvariantCulture).ShouldBe(53.62691, 53.62691 * 1e-5);
        double.Parse(last[4], CultureInfo.InvariantCulture).ShouldBe(6.3574867, 6.3574867 * 1e-5);
    }

    [Fact]
    public void Orders_by_card_then_time_and_converts_times_to_utc()
    {
        var csv = WriteCsv(
            Header,
            "b,2024-01-05T00:00:00Z,3",
            "a,2024-01-09T10:00+02:00,3",
            "b,2024-01-01T00:00:00Z,2",
            "a,2024-01-01T08:00:00.5Z,4",
            "");

        var (exitCode, output, _) = Run("fsrs", "replay", "--input", csv, "--no-fuzz");

        exitCode.ShouldBe(0);
        var rows = Lines(output).Skip(1).Select(line => line.Split(',')).ToList();
        rows.Select(r => (r[0], r[1])).ShouldBe(
        [
            ("a", "2024-01-01T08:00:00.5Z"),
            ("a", "2024-01-09T08:00:00Z"),
            ("b", "2024-01-01T00:00:00Z"),
            ("b", "2024-01-05T00:00:00Z"),
        ]);
        // b: Hard gives S = w[1] = 1.2931; four days later R = (1 + factor · 4 / 1.2931)^-w[20].
        var expected = FsrsAlgorithm.Default.Retrievability(4, 1.2931).ToString("0.########", CultureInfo.InvariantCulture);
        rows.Select(r => r[5]).ShouldBe(["", "0.91123677", "", expected]);
    }

    [Fact]
    public void Fuzzed_replays_are_reproducible()
    {
        var lines = new List<string> { Header };
        for (var day = 0; day < 400; day += 37)
        {
            lines.Add($"card-{day % 3},{new DateTime(2024, 1, 1).AddDays(day):yyyy-MM-dd}T09:00:00Z,{1 + day % 4}");
        }

        var csv = WriteCsv([.. lines]);

        var first = Run("fsrs", "replay", "--input", csv);
        var second = Run("fsrs", "replay", "--input", csv);

        first.ExitCode.ShouldBe(0);
        second.Output.ShouldBe(first.Output);
        Lines(first.Output).Length.ShouldBe(lines.Count);
    }

    [Fact]
    public void A_missing_file_is_reported_without_a_trace()
    {
        var path = Path.Combine(_folder.FullName, "missing.csv");

        var (exitCode, output, error) = Run("fsrs", "replay", "--input", path);

        exitCode.ShouldBe(1);
        output.ShouldBeEmpty();
        error.Trim().ShouldBe($"{path}: file not found");
    }

    [Fact]
    public void A_wrong_header_is_reported_on_line_1()
    {
        var csv = WriteCsv("card,time,grade", "c,2024-01-01T00:00:00Z,3");

        var (exitCode, output, error) = Run("fsrs", "replay", "--input", csv);

        exitCode.ShouldBe(1);
        output.ShouldBeEmpty();
        error.Trim().ShouldBe($"{csv}:1: expected the header '{Header}', found 'card,time,grade'");
    }

    [Fact]
    public void An_empty_file_is_reported_on_line_1()
    {
        var csv = WriteCsv();

        var (exitCode, _, error) = Run("fsrs", "replay", "--input", csv);

        exitCode.ShouldBe(1);
        error.ShouldStartWith($"{csv}:1: expected the header");
    }

    [Theory]
    [InlineData("yesterday")]
    [InlineData("2024-13-01T00:00:00Z")]
    [InlineData("01/02/2024 10:00")]
    public void An_unparsable_time_is_reported_with_its_line(string time)
    {
        var csv = WriteCsv(Header, "c,2024-01-01T00:00:00Z,3", $"c,{time},3");

        var (exitCode, output, error) = Run("fsrs", "replay", "--input", csv);

        exitCode.ShouldBe(1);
        output.ShouldBeEmpty();
        error.Trim().ShouldBe($"{csv}:3: review_time '{time}' is not an ISO-8601 UTC time such as 2024-05-01T09:30:00Z");
    }

    [Theory]
    [InlineData("0")]
    [InlineData("5")]
    [InlineData("-1")]
    [InlineData("good")]
    [InlineData("")]
    public void A_rating_outside_1_to_4_is_reported_with_its_line(string rating)
    {
        var csv = WriteCsv(Header, $"c,2024-01-01T00:00:00Z,{rating}");

        var (exitCode, output, error) = Run("fsrs", "replay", "--input", csv);

        exitCode.ShouldBe(1);
        output.ShouldBeEmpty();
        error.Trim().ShouldBe($"{csv}:2: rating '{rating}' must be 1 (Again), 2 (Hard), 3 (Good) or 4 (Easy)");
    }

    [Fact]
    public void Every_bad_line_is_reported_not_just_the_first()
    {
        var csv = WriteCsv(Header, "a,later,3", "b,2024-01-01T00:00:00Z,9", "c,2024-01-01T00:00:00Z", ",2024-01-01T00:00:00Z,3");

        var (exitCode, _, error) = Run("fsrs", "replay", "--input", csv);

        exitCode.ShouldBe(1);
        Lines(error).Select(line => line[..line.IndexOf(": ", StringComparison.Ordinal)]).ShouldBe(
            [$"{csv}:2", $"{csv}:3", $"{csv}:4", $"{csv}:5"]);
        error.ShouldContain("expected 3 fields");
        error.ShouldContain("card_id is empty");
    }

    [Fact]
    public void The_input_option_is_required()
    {
        var (exitCode, output, _) = Run("fsrs", "replay");

        exitCode.ShouldBe(1);
        output.ShouldNotContain(OutputHeader);
    }
}
