using System.Reflection;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using MLDrill.Domain.Coding;

namespace MLDrill.Infrastructure.Judge;

/// <summary>
/// Runs code in the sandbox. Problem runs go through the harness in a warm sandbox (NumPy already imported, one
/// run per sandbox); the expected outputs stay here and the verdict is decided by <see cref="Judging"/>.
/// </summary>
public sealed class CodeJudge : IDisposable
{
    private readonly SandboxOptions _options;
    private readonly string _harnessDirectory;
    private readonly Lock _gate = new();
    private readonly Queue<SandboxProcess> _warm = new();
    private int _starting;
    private bool _disposed;

    public CodeJudge(IOptions<SandboxOptions> options)
    {
        _options = options.Value;
        _harnessDirectory = WriteHarness();
    }

    /// <summary>The time a warm sandbox may spend in total on CPU; the wall limit per run is the problem's own.</summary>
    private static readonly TimeSpan HarnessCpuTime = TimeSpan.FromSeconds(CodingProblem.MaxTimeLimitMs / 1000.0);

    /// <summary>Runs <paramref name="source"/> on the visible tests (<paramref name="allTests"/> false) or on all of them.</summary>
    public async Task<JudgeReport> JudgeAsync(CodingProblem problem, string source, bool allTests, CancellationToken cancellationToken = default)
    {
        if (SourceRules.Reject(source) is { } rejection)
        {
            return JudgeReport.Rejected(rejection);
        }

        if (!File.Exists(_options.BubblewrapPath) || !File.Exists(_options.PythonPath))
        {
            return JudgeReport.Rejected("The judge is not installed on this server: it needs bubblewrap and python3-numpy (see the README).");
        }

        var tests = allTests ? problem.Tests : problem.VisibleTests.ToList();
        var job = new JsonObject
        {
            ["source"] = source,
            ["function"] = problem.Function,
            ["tests"] = new JsonArray(tests.Select(t => (JsonNode)new JsonObject { ["args"] = t.Arguments.DeepClone() }).ToArray()),
        };
        var sandbox = TakeWarm();
        // Starting the next sandbox and tearing this one down are off the verdict's path.
        _ = Task.Run(Refill, CancellationToken.None);
        try
        {
            var run = await sandbox.RunAsync(Encoding.UTF8.GetBytes(job.ToJsonString()), TimeSpan.FromMilliseconds(problem.TimeLimitMs), cancellationToken);
            return Judging.Decide(problem, tests, run);
        }
        finally
        {
            _ = Task.Run(sandbox.Dispose, CancellationToken.None);
        }
    }

    /// <summary>Runs a whole Python program (its source on stdin) in a fresh sandbox: <c>mldrill judge exec</c>.</summary>
    public async Task<SandboxResult> ExecAsync(string source, TimeSpan timeout, int memoryMb, CancellationToken cancellationToken = default)
    {
        var options = Copy(_options);
        options.MemoryMb = memoryMb;
        options.MaxResultKb = options.MaxOutputKb; // a script's stdout is its user's output, not results
        using var sandbox = SandboxProcess.Start(options, timeout, null, [_options.PythonPath, "-I", "-B", "-"]);
        return await sandbox.RunAsync(Encoding.UTF8.GetBytes(source), timeout, cancellationToken);
    }

    /// <summary>Starts the warm sandboxes ahead of the first run.</summary>
    public void Warm() => Refill();

    private SandboxProcess TakeWarm()
    {
        lock (_gate)
        {
            while (_warm.TryDequeue(out var sandbox))
            {
                if (!sandbox.HasExited)
                {
                    return sandbox;
                }

                sandbox.Dispose();
            }
        }

        return StartHarness();
    }

    private void Refill()
    {
        while (true)
        {
            lock (_gate)
            {
                if (_disposed || _warm.Count + _starting >= _options.WarmSandboxes)
                {
                    return;
                }

                _starting++;
            }

            // Started outside the lock: a run taking a warm sandbox never waits for a new one to start.
            var sandbox = StartHarness();
            lock (_gate)
            {
                _starting--;
                if (_disposed)
                {
                    sandbox.Dispose();
                    return;
                }

                _warm.Enqueue(sandbox);
            }
        }
    }

    private SandboxProcess StartHarness() => SandboxProcess.Start(_options, HarnessCpuTime, _harnessDirectory,
        [_options.PythonPath, "-I", "-B", $"{SandboxCommand.HarnessMount}/harness.py"]);

    /// <summary>Writes the harness into a fresh directory that sandboxes mount read-only.</summary>
    private static string WriteHarness()
    {
        var directory = Path.Combine(Path.GetTempPath(), $"mldrill-harness-{Environment.ProcessId}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(directory);
        using var resource = Assembly.GetExecutingAssembly().GetManifestResourceStream("MLDrill.Infrastructure.Judge.harness.py")
            ?? throw new InvalidOperationException("the judge harness is missing from the assembly");
        using (var file = File.Create(Path.Combine(directory, "harness.py")))
        {
            resource.CopyTo(file);
        }

        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(directory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
                | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
            File.SetUnixFileMode(Path.Combine(directory, "harness.py"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        }

        return directory;
    }

    private static SandboxOptions Copy(SandboxOptions o) => new()
    {
        PythonPath = o.PythonPath,
        BubblewrapPath = o.BubblewrapPath,
        MemoryMb = o.MemoryMb,
        MaxProcesses = o.MaxProcesses,
        MaxFileMb = o.MaxFileMb,
        TempDirMb = o.TempDirMb,
        ShownOutputKb = o.ShownOutputKb,
        MaxOutputKb = o.MaxOutputKb,
        MaxResultKb = o.MaxResultKb,
        WarmSandboxes = o.WarmSandboxes,
        FirstUid = o.FirstUid,
        UidCount = o.UidCount,
        UseCgroups = o.UseCgroups,
    };

    public void Dispose()
    {
        lock (_gate)
        {
            _disposed = true;
            while (_warm.TryDequeue(out var sandbox))
            {
                sandbox.Dispose();
            }
        }

        try
        {
            Directory.Delete(_harnessDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
    }
}
