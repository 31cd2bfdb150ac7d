using System.Reflection;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using MLDrill.Domain.Coding;

namespace MLDrill.Infrastructure.Judge;

/// <summary>
/// Runs code in the sandbox. Problem runs go to a warm zygote (NumPy already imported) that gives each run a
/// fresh sandbox of its own; the expected outputs stay here and the verdict is decided by <see cref="Judging"/>.
/// </summary>
public sealed class CodeJudge : IDisposable
{
    private readonly SandboxOptions _options;
    private readonly string _harnessDirectory;
    private readonly Lock _gate = new();
    private readonly Queue<SandboxZygote> _warm = new();
    private int _starting;
    private bool _disposed;

    public CodeJudge(IOptions<SandboxOptions> options)
    {
        _options = options.Value;
        _harnessDirectory = WriteHarness();
    }

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
            ["tests"] = new JsonArray(tests.Select(t => (JsonNode)new JsonObject { ["args"] = t.Arguments }).ToArray()),
        };
        var zygote = TakeWarm();
        var run = await zygote.RunAsync(job, TimeSpan.FromMilliseconds(problem.TimeLimitMs), cancellationToken);
        Return(zygote);
        return Judging.Decide(problem, tests, run);
    }

    /// <summary>Runs a whole Python program (its source on stdin) in a fresh sandbox: <c>mldrill judge exec</c>.</summary>
    public async Task<SandboxResult> ExecAsync(string source, TimeSpan timeout, int memoryMb, CancellationToken cancellationToken = default)
    {
        var options = _options.Clone();
        options.MemoryMb = memoryMb;
        options.MaxResultKb = options.MaxOutputKb; // a script's stdout is its user's output, not results
        using var sandbox = SandboxProcess.Start(options, timeout, null, [_options.PythonPath, "-I", "-B", "-"]);
        return await sandbox.RunAsync(Encoding.UTF8.GetBytes(source), timeout, cancellationToken);
    }

    /// <summary>Starts the warm sandboxes ahead of the first run.</summary>
    public void Warm() => Refill();

    private SandboxZygote TakeWarm()
    {
        lock (_gate)
        {
            while (_warm.TryDequeue(out var zygote))
            {
                if (zygote.IsUsable)
                {
                    return zygote;
                }

                _ = Task.Run(zygote.Dispose, CancellationToken.None);
            }
        }

        return SandboxZygote.Start(_options, _harnessDirectory);
    }

    /// <summary>A zygote goes back to the pool after a clean run; one that had to be killed is replaced, off the verdict's path.</summary>
    private void Return(SandboxZygote zygote)
    {
        lock (_gate)
        {
            if (zygote.IsUsable && !_disposed && _warm.Count < Math.Max(1, _options.WarmSandboxes))
            {
                _warm.Enqueue(zygote);
                return;
            }
        }

        _ = Task.Run(() =>
        {
            zygote.Dispose();
            Refill();
        }, CancellationToken.None);
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

            // Started outside the lock: a run taking a warm zygote never waits for a new one to start.
            var sandbox = SandboxZygote.Start(_options, _harnessDirectory);
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

    /// <summary>Writes the harness into a fresh directory that sandboxes mount read-only.</summary>
    public static string WriteHarness()
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
