using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Options;
using MLDrill.Domain.Coding;
using MLDrill.Infrastructure.Content;
using MLDrill.Infrastructure.Judge;

namespace MLDrill.Cli.Commands;

/// <summary>
/// <c>mldrill judge exec</c> runs any Python file in the sandbox; <c>mldrill judge verify</c> runs every problem's
/// reference solution (must be accepted) and known-wrong solutions (must not be) through it.
/// </summary>
public static class JudgeCommands
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        // Printed for a terminal, not embedded in HTML: quotes and angle brackets stay readable.
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static Command Create()
    {
        var judge = new Command("judge", "The sandboxed Python judge");
        judge.Subcommands.Add(Exec());
        judge.Subcommands.Add(Verify());
        return judge;
    }

    private static Command Exec()
    {
        var file = new Option<FileInfo>("--file") { Description = "The Python file to run", Required = true };
        var timeout = new Option<int>("--timeout-ms") { Description = "Wall and CPU time limit", DefaultValueFactory = _ => 5_000 };
        var memory = new Option<int>("--memory-mb") { Description = "Address-space limit", DefaultValueFactory = _ => 256 };
        var json = new Option<bool>("--json") { Description = "Print the result as JSON" };
        var exec = new Command("exec", "Run a Python file in the sandbox and report status, exit code, output and time");
        exec.Options.Add(file);
        exec.Options.Add(timeout);
        exec.Options.Add(memory);
        exec.Options.Add(json);
        exec.SetAction(async (parseResult, cancellationToken) =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var error = parseResult.InvocationConfiguration.Error;
            var path = parseResult.GetValue(file)!;
            var (timeoutMs, memoryMb) = (parseResult.GetValue(timeout), parseResult.GetValue(memory));
            if (timeoutMs is < 100 or > 60_000 || memoryMb is < 64 or > 4096)
            {
                await error.WriteLineAsync("--timeout-ms must be 100-60000 and --memory-mb 64-4096");
                return 2;
            }

            if (!path.Exists)
            {
                await error.WriteLineAsync($"{path.FullName}: no such file");
                return 2;
            }

            var (source, rejection) = SourceRules.Decode(await File.ReadAllBytesAsync(path.FullName, cancellationToken));
            if (source is null)
            {
                await WriteAsync(output, parseResult.GetValue(json), new ExecReport("rejected", null, "", rejection!, 0, null));
                return 1;
            }

            using var judgeService = new CodeJudge(Options.Create(new SandboxOptions { WarmSandboxes = 0 }));
            var run = await judgeService.ExecAsync(source, TimeSpan.FromMilliseconds(timeoutMs), memoryMb, cancellationToken);
            var status = run.Ending switch
            {
                RunEnding.Exited => run.ExitCode == 0 ? "ok" : "runtime_error",
                RunEnding.WallTimeLimit or RunEnding.CpuTimeLimit => "time_limit",
                RunEnding.MemoryLimit => "memory_limit",
                RunEnding.OutputLimit or RunEnding.FileSizeLimit => "output_limit",
                _ => "killed",
            };
            await WriteAsync(output, parseResult.GetValue(json), new ExecReport(status, run.ExitCode, run.ResultLines, run.UserOutput, run.WallSeconds, run.CpuSeconds));
            return status == "ok" ? 0 : 1;
        });
        return exec;
    }

    private sealed record ExecReport(string Status, int? ExitCode, string Stdout, string Stderr, double WallSeconds, double? CpuSeconds);

    private static async Task WriteAsync(TextWriter output, bool json, ExecReport report)
    {
        if (json)
        {
            await output.WriteLineAsync(JsonSerializer.Serialize(report, JsonOptions));
            return;
        }

        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"status: {report.Status}, exit code: {report.ExitCode?.ToString(CultureInfo.InvariantCulture) ?? "-"}, wall {report.WallSeconds:0.000} s, cpu {(report.CpuSeconds is { } cpu ? $"{cpu:0.000} s" : "-")}"));
        await output.WriteLineAsync("--- stdout ---\n" + report.Stdout);
        await output.WriteLineAsync("--- stderr ---\n" + report.Stderr);
    }

    private static Command Verify()
    {
        var path = new Option<DirectoryInfo>("--path") { Description = "The content folder (holds problems/)", DefaultValueFactory = _ => new DirectoryInfo("content") };
        var verify = new Command("verify", "Run every reference solution (must be accepted) and known-wrong solution (must not be) in the sandbox");
        verify.Options.Add(path);
        verify.SetAction(async (parseResult, cancellationToken) =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var result = ContentLoader.Load(parseResult.GetValue(path)!.FullName);
            using var judgeService = new CodeJudge(Options.Create(new SandboxOptions()));
            var failures = 0;
            foreach (var problem in result.CodingProblems)
            {
                foreach (var failure in await ProblemVerification.VerifyAsync(judgeService, problem, cancellationToken))
                {
                    failures++;
                    await output.WriteLineAsync($"{problem.Source}: {failure}");
                }
            }

            await output.WriteLineAsync($"{result.CodingProblems.Count} problems verified, {failures} failures");
            return failures == 0 && result.CodingProblems.Count > 0 ? 0 : 1;
        });
        return verify;
    }
}
