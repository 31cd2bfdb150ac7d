using System.Diagnostics;
using System.Text;
using MLDrill.Domain.Coding;

namespace MLDrill.Infrastructure.Judge;

/// <summary>
/// One started sandbox, used for exactly one run: it may sit waiting on its stdin (a warm sandbox that has already
/// imported NumPy) until <see cref="RunAsync"/> hands it its input. Disposing kills every process it started.
/// </summary>
public sealed class SandboxProcess : IDisposable
{
    private readonly Process _process;
    private readonly SandboxCgroup? _cgroup;
    private readonly SandboxOptions _options;
    private readonly Task<CappedStream> _stdout;
    private readonly Task<CappedStream> _stderr;
    private readonly CancellationTokenSource _overflow = new();
    private bool _used;

    private SandboxProcess(Process process, SandboxCgroup? cgroup, SandboxOptions options)
    {
        _process = process;
        _cgroup = cgroup;
        _options = options;
        _stdout = CappedStream.ReadAsync(process.StandardOutput.BaseStream, options.MaxResultKb * 1024, options.MaxResultKb * 1024, _overflow);
        _stderr = CappedStream.ReadAsync(process.StandardError.BaseStream, options.ShownOutputKb * 1024, options.MaxOutputKb * 1024, _overflow);
    }

    private static int _uidCounter;

    /// <summary>Starts <paramref name="program"/> in a new sandbox; it runs as soon as it starts and reads its input from stdin.</summary>
    public static SandboxProcess Start(SandboxOptions options, TimeSpan cpuTime, string? harnessDirectory, IReadOnlyList<string> program)
    {
        var (process, cgroup) = Launch(options, cpuTime, harnessDirectory, program, ((long)options.MemoryMb + options.TempDirMb) * 1024 * 1024);
        return new SandboxProcess(process, cgroup, options);
    }

    /// <summary>Starts the sandboxed process (in a cgroup of its own when the machine allows), with its standard streams redirected.</summary>
    public static (Process Process, SandboxCgroup? Cgroup) Launch(SandboxOptions options, TimeSpan cpuTime, string? harnessDirectory,
        IReadOnlyList<string> program, long cgroupMemoryBytes)
    {
        var uid = Environment.IsPrivilegedProcess
            ? options.FirstUid + (int)((uint)Interlocked.Increment(ref _uidCounter) % (uint)Math.Max(1, options.UidCount))
            : (int?)null;
        var limits = new SandboxLimits(cpuTime, options.MemoryMb, uid);
        var cgroup = options.UseCgroups ? SandboxCgroup.TryCreate(options.MaxProcesses, cgroupMemoryBytes) : null;
        var command = SandboxCommand.Build(options, limits, harnessDirectory, program);
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        var start = new ProcessStartInfo
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardInputEncoding = utf8,
            StandardOutputEncoding = utf8,
            StandardErrorEncoding = utf8,
        };
        start.Environment.Clear();
        if (cgroup is null)
        {
            start.FileName = command[0];
            command.Skip(1).ToList().ForEach(start.ArgumentList.Add);
        }
        else
        {
            // A tiny shell joins the cgroup before exec, so every process the sandbox ever forks is born inside it.
            start.FileName = "/bin/sh";
            start.ArgumentList.Add("-c");
            start.ArgumentList.Add("for f in \"$@\"; do [ \"$f\" = -- ] && break; echo $$ > \"$f\" || exit 97; shift; done; shift; exec \"$@\"");
            start.ArgumentList.Add("sandbox");
            cgroup.ProcsFiles.ToList().ForEach(start.ArgumentList.Add);
            start.ArgumentList.Add("--");
            command.ToList().ForEach(start.ArgumentList.Add);
        }

        try
        {
            return (Process.Start(start) ?? throw new InvalidOperationException("the sandbox did not start"), cgroup);
        }
        catch
        {
            cgroup?.Dispose();
            throw;
        }
    }

    /// <summary>Gives the sandbox its input, waits for it to finish within <paramref name="wallTime"/>, and reports what happened.</summary>
    public async Task<SandboxResult> RunAsync(byte[] input, TimeSpan wallTime, CancellationToken cancellationToken)
    {
        if (_used)
        {
            throw new InvalidOperationException("a sandbox runs exactly once");
        }

        _used = true;
        var clock = Stopwatch.StartNew();
        var cpuBefore = _cgroup?.CpuSeconds() ?? 0;
        try
        {
            await _process.StandardInput.BaseStream.WriteAsync(input, cancellationToken);
            _process.StandardInput.Close();
        }
        catch (IOException)
        {
            // The code may have exited or closed stdin without reading it all; its outcome still says what happened.
        }

        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _overflow.Token);
        deadline.CancelAfter(wallTime);
        var timedOut = false;
        try
        {
            await _process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            timedOut = !cancellationToken.IsCancellationRequested && !_overflow.IsCancellationRequested;
            cancellationToken.ThrowIfCancellationRequested();
        }
        finally
        {
            KillEverything();
        }

        var wall = clock.Elapsed.TotalSeconds;
        var cpu = _cgroup?.CpuSeconds() - cpuBefore;
        var stdout = await _stdout;
        var stderr = await _stderr;
        int? exitCode = _process.HasExited ? _process.ExitCode : null;
        var ending = timedOut ? RunEnding.WallTimeLimit
            : stdout.Overflowed || stderr.Overflowed ? RunEnding.OutputLimit
            : _cgroup?.MemoryLimitHit() == true ? RunEnding.MemoryLimit
            : exitCode switch
            {
                128 + 24 => RunEnding.CpuTimeLimit,
                128 + 25 => RunEnding.FileSizeLimit,
                > 128 => RunEnding.KilledBySignal,
                _ => RunEnding.Exited,
            };
        var output = stderr.Text + (stderr.Truncated ? $"\n… output cut at {_options.ShownOutputKb} KiB" : "");
        return new SandboxResult(ending, exitCode, stdout.Text, output, wall, cpu);
    }

    private void KillEverything()
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
        _process.WaitForExit(5_000);
    }

    public void Dispose()
    {
        KillEverything();
        _cgroup?.Dispose();
        _process.Dispose();
        _overflow.Dispose();
    }

    /// <summary>A stream read to its end, keeping the first <c>keep</c> bytes; past <c>limit</c> it cancels the run.</summary>
    private sealed record CappedStream(string Text, bool Truncated, bool Overflowed)
    {
        public static async Task<CappedStream> ReadAsync(Stream stream, int keep, int limit, CancellationTokenSource overflow)
        {
            var kept = new MemoryStream();
            var buffer = new byte[16 * 1024];
            long total = 0;
            try
            {
                int read;
                while ((read = await stream.ReadAsync(buffer)) > 0)
                {
                    total += read;
                    if (kept.Length < keep)
                    {
                        kept.Write(buffer, 0, (int)Math.Min(read, keep - kept.Length));
                    }

                    if (total > limit)
                    {
                        await overflow.CancelAsync();
                        break;
                    }
                }
            }
            catch (IOException)
            {
                // The process was killed mid-write.
            }

            var text = new UTF8Encoding(false, false).GetString(kept.GetBuffer(), 0, (int)kept.Length);
            return new CappedStream(text, total > keep, total > limit);
        }
    }
}
