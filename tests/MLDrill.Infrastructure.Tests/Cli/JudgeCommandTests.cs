using System.Text.Json;

namespace MLDrill.Infrastructure.Tests.Cli;

/// <summary><c>mldrill judge exec</c> through the real sandbox, and its refusals.</summary>
public sealed class JudgeCommandTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("mldrill-judge-cli-");

    public void Dispose() => _dir.Delete(recursive: true);

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_dir.FullName, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    [Fact]
    public void Exec_runs_a_file_and_reports_status_exit_code_output_and_time_as_json()
    {
        var file = Write("hello.py", "import sys, numpy\nprint('sum', int(numpy.arange(5).sum()))\nprint('oops', file=sys.stderr)\n"u8.ToArray());

        var (exitCode, output, error) = CliRunner.Run("judge", "exec", "--file", file, "--json");

        exitCode.ShouldBe(0, error);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        root.GetProperty("status").GetString().ShouldBe("ok");
        root.GetProperty("exit_code").GetInt32().ShouldBe(0);
        root.GetProperty("stdout").GetString().ShouldBe("sum 10\n");
        root.GetProperty("stderr").GetString().ShouldBe("oops\n");
        root.GetProperty("wall_seconds").GetDouble().ShouldBeGreaterThan(0);
    }

    [Fact]
    public void Exec_reports_a_time_limit()
    {
        var file = Write("loop.py", "while True:\n    pass\n"u8.ToArray());

        var (exitCode, output, _) = CliRunner.Run("judge", "exec", "--file", file, "--timeout-ms", "800", "--json");

        exitCode.ShouldBe(1);
        JsonDocument.Parse(output).RootElement.GetProperty("status").GetString().ShouldBe("time_limit");
    }

    [Fact]
    public void Exec_rejects_binary_files_and_bad_limits_with_a_message()
    {
        var binary = Write("binary.py", [0x70, 0x72, 0xff, 0xfe, 0x00]);
        var (exitCode, output, _) = CliRunner.Run("judge", "exec", "--file", binary, "--json");
        exitCode.ShouldBe(1);
        JsonDocument.Parse(output).RootElement.GetProperty("status").GetString().ShouldBe("rejected");

        var (badLimit, _, error) = CliRunner.Run("judge", "exec", "--file", binary, "--memory-mb", "1");
        badLimit.ShouldBe(2);
        error.ShouldContain("--memory-mb");

        var (missing, _, missingError) = CliRunner.Run("judge", "exec", "--file", Path.Combine(_dir.FullName, "nope.py"));
        missing.ShouldBe(2);
        missingError.ShouldContain("no such file");
    }
}
