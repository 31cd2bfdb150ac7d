using System.Diagnostics;
using System.Text.Json.Nodes;
using MLDrill.Domain.Coding;

namespace MLDrill.Infrastructure.Judge;

/// <summary>
/// A bubblewrap sandbox running the harness as a zygote: NumPy is imported once, and each job is run by a fork
/// that gets a sandbox of its own inside (fresh namespaces, /tmp and limits), used for exactly that run. Jobs go
/// in one JSON line each; one JSON line per run comes back. A run that overstays its wall time takes the whole
/// zygote down with it, so no state survives a run that was stopped.
/// </summary>
public sealed class SandboxZygote : IDisposable
{
    private readonly Process _process;
    private readonly SandboxCgroup? _cgroup;
    private readonly SandboxOptions _options;
    private bool _broken;

    private SandboxZygote(Process process, SandboxCgroup? cgroup, SandboxOptions options)
    {
        _process = process;
        _cgroup = cgroup;
        _options = options;
        _ = DrainAsync(process.StandardError.BaseStream);
    }

    public bool IsUsable => !_broken && !_process.HasExited;

    public static SandboxZygote Start(SandboxOptions options, string harnessDirectory)
    {
        // The zygote's own limits are a backstop; each run sets its tighter ones before the user's code starts.
        var zygoteLimits = options.Clone();
        zygoteLimits.MemoryMb += 512;
        var (process, cgroup) = SandboxProcess.Launch(zygoteLimits, TimeSpan.FromHours(1), harnessDirectory,
            [options.PythonPath, "-I", "-B", $"{SandboxCommand.HarnessMount}/harness.py", "--serve"],
            cgroupMemoryBytes: ((long)options.MemoryMb + options.TempDirMb + 256) * 1024 * 1024);
        return new SandboxZygote(process, cgroup, options);
    }

    /// <summary>Runs one job (the harness's job object) and reports how it went, as seen from outside.</summary>
    public async Task<SandboxResult> RunAsync(JsonObject job, TimeSpan wallTime, CancellationToken cancellationToken)
    {
        job["limits"] = new JsonObject
        {
            ["memory_bytes"] = (long)_options.MemoryMb * 1024 * 1024,
            ["cpu_seconds"] = Math.Max(1, (int)Math.Ceiling(wallTime.TotalSeconds)),
            ["tmp_bytes"] = (long)_options.TempDirMb * 1024 * 1024,
            ["results_bytes"] = _options.MaxResultKb * 1024,
            ["output_bytes"] = _options.MaxOutputKb * 1024,
            ["shown_bytes"] = _options.ShownOutputKb * 1024,
        };
        var clock = Stopwatch.StartNew();
        var cpuBefore = _cgroup?.CpuSeconds();
        string? line;
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(wallTime + TimeSpan.FromMilliseconds(200)); // the fork and namespace set-up are not the user's time
        try
        {
            await _process.StandardInput.WriteLineAsync(job.ToJsonString().AsMemory(), deadline.Token);
            await _process.StandardInput.FlushAsync(deadline.Token);
            line = await _process.StandardOutput.ReadLineAsync(deadline.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            Break();
            return new SandboxResult(RunEnding.WallTimeLimit, null, "", "", clock.Elapsed.TotalSeconds, null);
        }
        catch (IOException)
        {
            line = null;
        }
        catch (OperationCanceledException)
        {
            Break();
            throw;
        }

        var cpu = cpuBefore is { } before ? _cgroup!.CpuSeconds() - before : null;
        if (line is null || JsonNode.Parse(line) is not JsonObject report)
        {
            // The zygote died under the run (the kernel's OOM killer, a limit on the whole sandbox).
            var memory = _cgroup?.MemoryLimitHit() == true;
            Break();
            return new SandboxResult(memory ? RunEnding.MemoryLimit : RunEnding.KilledBySignal, 137, "", "", clock.Elapsed.TotalSeconds, cpu);
        }

        var signal = report["signal"]?.GetValue<int>();
        var exit = report["exit"]?.GetValue<int>();
        var output = report["output"]?.GetValue<string>() ?? "";
        if (report["output_truncated"]?.GetValue<bool>() == true)
        {
            output += $"\n… output cut at {_options.ShownOutputKb} KiB";
        }

        var ending = report["overflow"] is not null ? RunEnding.OutputLimit
            : signal switch
            {
                24 => RunEnding.CpuTimeLimit,
                25 => RunEnding.FileSizeLimit,
                9 when _cgroup?.MemoryLimitHit() == true => RunEnding.MemoryLimit,
                null => RunEnding.Exited,
                _ => RunEnding.KilledBySignal,
            };
        return new SandboxResult(ending, signal is { } s ? 128 + s : exit, report["results"]?.GetValue<string>() ?? "", output,
            report["wall"]?.GetValue<double>() ?? clock.Elapsed.TotalSeconds, cpu ?? report["cpu"]?.GetValue<double>());
    }

    private void Break()
    {
        _broken = true;
        Kill();
    }

    private void Kill()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
            }
        }
        catch (InvalidOperationException)
        {
            // Exited in between.
        }

        _cgroup?.KillAll();
    }

    private static async Task DrainAsync(Stream stream)
    {
        var buffer = new byte[4096];
        try
        {
            while (await stream.ReadAsync(buffer) > 0)
            {
                // The zygote's own stderr is not the user's output; it is read only so the zygote never blocks on it.
            }
        }
        catch (IOException)
        {
            // Killed.
        }
    }

    public void Dispose()
    {
        try
        {
            _process.StandardInput.Close(); // a clean end: the zygote exits when its input closes
        }
        catch (IOException)
        {
            // Already gone.
        }

        // Given half a second to exit by itself; what is left (the zygote, or a straggler in its cgroup) is killed.
        _process.WaitForExit(500);
        Kill();
        _process.WaitForExit(5_000);
        _cgroup?.Dispose();
        _process.Dispose();
    }
}
