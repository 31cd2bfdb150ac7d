using System.Text.Json;
using System.Text.Json.Nodes;

namespace MLDrill.Domain.Coding;

/// <summary>What the sandbox gave back: how it ended, the result channel's lines, and the user's own output.</summary>
public sealed record SandboxResult(RunEnding Ending, int? ExitCode, string ResultLines, string UserOutput, double WallSeconds, double? CpuSeconds);

/// <summary>
/// Turns a sandbox run into a verdict. The sandbox only ever sent outputs as data: everything decided here
/// (what passed, what the verdict is) happens outside it, against expected values it never saw.
/// </summary>
public static class Judging
{
    /// <summary>Decides the verdict of running <paramref name="tests"/> (in this order) of <paramref name="problem"/>.</summary>
    public static JudgeReport Decide(CodingProblem problem, IReadOnlyList<ProblemTest> tests, SandboxResult run)
    {
        var records = ParseRecords(run.ResultLines, tests.Count, out var loadError, out var loadMemory, out var malformed);
        var reports = new List<TestReport>(tests.Count);
        Verdict? verdict = null;
        string? traceback = loadError;
        for (var i = 0; i < tests.Count; i++)
        {
            var test = tests[i];
            var index = IndexIn(problem, test);
            if (!records.TryGetValue(i, out var record))
            {
                reports.Add(Report(test, index, TestStatus.NotRun));
                continue;
            }

            if (record.Error is { } error)
            {
                reports.Add(Report(test, index, TestStatus.Error, test.Visible ? FirstLine(error) : null, seconds: record.Seconds));
                traceback ??= error;
                verdict ??= record.MemoryError ? Verdict.MemoryLimit : Verdict.RuntimeError;
                continue;
            }

            var comparison = OutputComparer.Compare(test.Expected, record.Value, test.Compare);
            var status = comparison.Passed ? TestStatus.Passed : TestStatus.Failed;
            reports.Add(Report(test, index, status, comparison.Difference, record.Value, record.Seconds));
            if (!comparison.Passed)
            {
                verdict ??= Verdict.WrongAnswer;
            }
        }

        var ending = EndingVerdict(run.Ending);
        if (loadError is not null)
        {
            verdict = loadMemory ? Verdict.MemoryLimit : Verdict.RuntimeError;
        }
        else if (ending is not null && reports.Any(r => r.Status == TestStatus.NotRun))
        {
            // The process was stopped before every test ran: that stop, not a later comparison, is the verdict.
            verdict = ending;
        }
        else if (verdict is null && (malformed || reports.Any(r => r.Status == TestStatus.NotRun)))
        {
            verdict = Verdict.RuntimeError;
            traceback ??= run.ExitCode is { } code && code > 128
                ? $"The process was killed by signal {code - 128} ({SignalName(code - 128)}) before every test ran."
                : "The process stopped before every test ran (did the code call exit() or close the result channel?).";
        }

        var final = verdict ?? Verdict.Accepted;
        return new JudgeReport(final, Summary(final, reports, problem), reports, traceback, run.UserOutput, run.WallSeconds, run.CpuSeconds);
    }

    private static int IndexIn(CodingProblem problem, ProblemTest test)
    {
        for (var i = 0; i < problem.Tests.Count; i++)
        {
            if (ReferenceEquals(problem.Tests[i], test))
            {
                return i;
            }
        }

        return -1;
    }

    private static TestReport Report(ProblemTest test, int index, TestStatus status, string? difference = null, JsonNode? actual = null, double? seconds = null) =>
        test.Visible
            ? new TestReport(index, test.Name, test.Category, true, status, difference,
                PythonValue.FormatArguments(test.Arguments),
                test.Compare.Mode == CompareMode.Metric ? MetricBar(test.Compare) : PythonValue.Format(test.Expected),
                status is TestStatus.Passed or TestStatus.Failed ? PythonValue.Format(actual) : null, seconds)
            : new TestReport(index, $"Hidden test {index + 1}", test.Category, false, status, Seconds: seconds);

    private static string MetricBar(CompareSpec spec) =>
        $"{Metrics.Name(spec.Metric ?? MetricName.Accuracy)} {(spec.Min is { } min ? $"≥ {min}" : $"≤ {spec.Max}")} on held-out data";

    private static Verdict? EndingVerdict(RunEnding ending) => ending switch
    {
        RunEnding.WallTimeLimit or RunEnding.CpuTimeLimit => Verdict.TimeLimit,
        RunEnding.MemoryLimit => Verdict.MemoryLimit,
        RunEnding.OutputLimit or RunEnding.FileSizeLimit => Verdict.OutputLimit,
        _ => null,
    };

    private static string Summary(Verdict verdict, List<TestReport> reports, CodingProblem problem)
    {
        var passed = reports.Count(r => r.Status == TestStatus.Passed);
        var counted = $"{passed} of {reports.Count} tests passed";
        var firstBad = reports.FirstOrDefault(r => r.Status is TestStatus.Failed or TestStatus.Error);
        var where = firstBad is null ? "" : firstBad.Visible ? $"; first failure: {firstBad.Name}" : $"; first failure: a hidden test ({firstBad.Category})";
        return verdict switch
        {
            Verdict.Accepted => $"Accepted: {counted}.",
            Verdict.TimeLimit => $"Time limit exceeded ({problem.TimeLimitMs / 1000.0:0.#} s for all tests): {counted}.",
            Verdict.MemoryLimit => $"Memory limit exceeded: {counted}.",
            Verdict.OutputLimit => $"Output limit exceeded (too much printed or written): {counted}.",
            _ => $"{VerdictText.Of(verdict)}: {counted}{where}.",
        };
    }

    private sealed record Record(JsonNode? Value, string? Error, bool MemoryError, double? Seconds);

    /// <summary>Reads the result channel defensively: it is written inside the sandbox, so any line may be garbage.</summary>
    private static Dictionary<int, Record> ParseRecords(string lines, int testCount, out string? loadError, out bool loadMemory, out bool malformed)
    {
        var records = new Dictionary<int, Record>();
        loadError = null;
        loadMemory = false;
        malformed = false;
        foreach (var line in lines.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            JsonObject? obj;
            try
            {
                obj = JsonNode.Parse(line, documentOptions: new JsonDocumentOptions { MaxDepth = 64 }) as JsonObject;
            }
            catch (JsonException)
            {
                obj = null;
            }

            if (obj is null)
            {
                malformed = true;
                continue;
            }

            if (obj["load_error"] is JsonValue loadValue && loadValue.TryGetValue<string>(out var text))
            {
                loadError ??= text;
                loadMemory = obj["memory"] is JsonValue m && m.TryGetValue<bool>(out var isMemory) && isMemory;
                continue;
            }

            if (obj["done"] is not null)
            {
                continue;
            }

            if (obj["test"] is not JsonValue testValue || !testValue.TryGetValue<int>(out var test) || test < 0 || test >= testCount || records.ContainsKey(test))
            {
                malformed = true;
                continue;
            }

            var error = obj["error"] is JsonValue e && e.TryGetValue<string>(out var message) ? message : null;
            var memory = obj["memory"] is JsonValue mem && mem.TryGetValue<bool>(out var wasMemory) && wasMemory;
            double? seconds = obj["seconds"] is JsonValue s && s.TryGetValue<double>(out var value) ? value : null;
            records[test] = new Record(obj["value"]?.DeepClone(), error, memory, seconds);
        }

        return records;
    }

    private static string FirstLine(string traceback)
    {
        var lines = traceback.TrimEnd().Split('\n');
        return lines[^1];
    }

    private static string SignalName(int signal) => signal switch
    {
        6 => "SIGABRT",
        9 => "SIGKILL",
        11 => "SIGSEGV, a crash in native code",
        24 => "SIGXCPU",
        25 => "SIGXFSZ",
        _ => "a signal",
    };
}
