using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using MLDrill.Domain.Coding;
using MLDrill.Domain.Questions;
using MLDrill.Infrastructure.Judge;

namespace MLDrill.Benchmarks;

/// <summary>
/// <c>-- judge [runs]</c>: verdict latency (p50/p99) and throughput for a trivial problem with warm sandboxes,
/// against the naive way measured in the same run: a fresh bubblewrap + python + <c>import numpy</c> per verdict.
/// Both run the same harness under the same sandbox and limits and are judged by the same code.
/// </summary>
public static class JudgeLatency
{
    private static readonly CodingProblem Trivial = new()
    {
        Id = "add-one",
        Title = "Add one",
        Difficulty = Difficulty.Easy,
        Kind = ProblemKind.Implement,
        Tags = ["bench"],
        Function = "add_one",
        StatementMarkdown = "x + 1",
        ExplanationMarkdown = "x + 1",
        Starter = "",
        Reference = "import numpy as np\n\ndef add_one(x):\n    return np.asarray(x) + 1\n",
        WrongSolutions = [],
        Tests = [new ProblemTest("one", "basic", true, [new JsonObject { ["array"] = new JsonArray(1, 2, 3) }],
            new JsonObject { ["array"] = new JsonArray(2, 3, 4) }, CompareSpec.Default)],
    };

    public static async Task RunAsync(int runs)
    {
        var naive = new NaiveJudge();
        using var warm = new CodeJudge(Options.Create(new SandboxOptions { WarmSandboxes = 2 }));
        warm.Warm();
        await Task.Delay(2_000); // let the first warm sandboxes import NumPy
        await naive.JudgeAsync(Trivial, Trivial.Reference, true); // first-run costs (page cache) out of the figures
        await warm.JudgeAsync(Trivial, Trivial.Reference, true);

        // Latency: one verdict at a time, with a pause between (a user's pace), so warm sandboxes are ready.
        var naiveLatency = await LatenciesAsync(naive, runs, TimeSpan.Zero);
        var warmLatency = await LatenciesAsync(new WarmJudge(warm), runs, TimeSpan.FromMilliseconds(250));

        // Throughput: verdicts back to back from two concurrent workers (the machine's cores), for a fixed time.
        var naiveRate = await ThroughputAsync(naive, TimeSpan.FromSeconds(10));
        var warmRate = await ThroughputAsync(new WarmJudge(warm), TimeSpan.FromSeconds(10));

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
            Judge latency, {runs} verdicts each, trivial problem (one test)
            | | p50 | p99 | throughput (2 workers) |
            |---|---:|---:|---:|
            | naive: fresh sandbox + import numpy per run | {Percentile(naiveLatency, 50):0} ms | {Percentile(naiveLatency, 99):0} ms | {naiveRate:0.0} verdicts/s |
            | warm sandboxes, one run each | {Percentile(warmLatency, 50):0} ms | {Percentile(warmLatency, 99):0} ms | {warmRate:0.0} verdicts/s |
            | ratio warm / naive | {Percentile(warmLatency, 50) / Percentile(naiveLatency, 50):0.00} | {Percentile(warmLatency, 99) / Percentile(naiveLatency, 99):0.00} | {warmRate / naiveRate:0.00} |
            """));
    }

    private static async Task<List<double>> LatenciesAsync(IJudge judge, int runs, TimeSpan pause)
    {
        var times = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            var clock = Stopwatch.StartNew();
            var report = await judge.JudgeAsync(Trivial, Trivial.Reference, true);
            times.Add(clock.Elapsed.TotalMilliseconds);
            if (report.Verdict != Verdict.Accepted)
            {
                throw new InvalidOperationException($"benchmark run not accepted: {report.Summary} {report.Traceback}");
            }

            await Task.Delay(pause);
        }

        return times;
    }

    private static async Task<double> ThroughputAsync(IJudge judge, TimeSpan duration)
    {
        var clock = Stopwatch.StartNew();
        var done = 0;
        await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => Task.Run(async () =>
        {
            while (clock.Elapsed < duration)
            {
                await judge.JudgeAsync(Trivial, Trivial.Reference, true);
                Interlocked.Increment(ref done);
            }
        })));
        return done / clock.Elapsed.TotalSeconds;
    }

    private interface IJudge
    {
        Task<JudgeReport> JudgeAsync(CodingProblem problem, string source, bool allTests);
    }

    private sealed class WarmJudge(CodeJudge judge) : IJudge
    {
        public Task<JudgeReport> JudgeAsync(CodingProblem problem, string source, bool allTests) => judge.JudgeAsync(problem, source, allTests);
    }

    /// <summary>The baseline: bubblewrap, Python and <c>import numpy</c> started afresh for every verdict.</summary>
    private sealed class NaiveJudge : IJudge
    {
        private readonly SandboxOptions _options = new();
        private readonly string _harness = CodeJudge.WriteHarness();

        public async Task<JudgeReport> JudgeAsync(CodingProblem problem, string source, bool allTests)
        {
            var job = new JsonObject
            {
                ["source"] = source,
                ["function"] = problem.Function,
                ["tests"] = new JsonArray(problem.Tests.Select(t => (JsonNode)new JsonObject { ["args"] = t.Arguments.DeepClone() }).ToArray()),
            };
            using var sandbox = SandboxProcess.Start(_options, TimeSpan.FromSeconds(20), _harness,
                [_options.PythonPath, "-I", "-B", $"{SandboxCommand.HarnessMount}/harness.py"]);
            var run = await sandbox.RunAsync(System.Text.Encoding.UTF8.GetBytes(job.ToJsonString()), TimeSpan.FromMilliseconds(problem.TimeLimitMs), CancellationToken.None);
            return Judging.Decide(problem, problem.Tests, run);
        }
    }

    private static double Percentile(List<double> values, int percentile)
    {
        var sorted = values.Order().ToList();
        var rank = (int)Math.Ceiling(percentile / 100.0 * sorted.Count) - 1;
        return sorted[Math.Clamp(rank, 0, sorted.Count - 1)];
    }
}
