namespace MLDrill.Infrastructure.Judge;

/// <summary>What one sandbox is allowed: time, memory and the uid it runs as (null = the app's own, when not root).</summary>
public sealed record SandboxLimits(TimeSpan CpuTime, int MemoryMb, int? Uid);

/// <summary>
/// The command line that starts one sandbox: an empty environment, an unprivileged uid, resource limits, then
/// bubblewrap with every namespace unshared (no network, own PID namespace), read-only system directories, a
/// fresh private /tmp, no view of the app's files, a new session, and death with its parent.
/// </summary>
public static class SandboxCommand
{
    /// <summary>The sandbox's own mount point for the harness folder.</summary>
    public const string HarnessMount = "/harness";

    public static IReadOnlyList<string> Build(SandboxOptions options, SandboxLimits limits, string? harnessDirectory, IReadOnlyList<string> program)
    {
        var cpuSeconds = Math.Max(1, (int)Math.Ceiling(limits.CpuTime.TotalSeconds));
        var args = new List<string> { "env", "-i" };
        if (limits.Uid is { } uid)
        {
            args.AddRange(["setpriv", $"--reuid={uid}", $"--regid={uid}", "--clear-groups"]);
        }

        args.AddRange(
        [
            "prlimit",
            $"--as={(long)limits.MemoryMb * 1024 * 1024}",
            $"--cpu={cpuSeconds}:{cpuSeconds + 1}",
            $"--nproc={options.MaxProcesses}",
            $"--fsize={(long)options.MaxFileMb * 1024 * 1024}",
            "--nofile=256",
            "--core=0",
            "--",
            options.BubblewrapPath,
            "--ro-bind", "/usr", "/usr",
            "--symlink", "usr/lib", "/lib",
            "--symlink", "usr/lib64", "/lib64",
            "--symlink", "usr/bin", "/bin",
            "--ro-bind", "/etc/alternatives", "/etc/alternatives",
            "--ro-bind", "/etc/ld.so.cache", "/etc/ld.so.cache",
        ]);
        if (harnessDirectory is not null)
        {
            args.AddRange(["--ro-bind", harnessDirectory, HarnessMount]);
        }

        args.AddRange(
        [
            "--proc", "/proc",
            "--dev", "/dev",
            "--size", $"{(long)options.TempDirMb * 1024 * 1024}", "--tmpfs", "/tmp",
            "--remount-ro", "/",
            "--chdir", "/tmp",
            "--unshare-all",
            "--die-with-parent",
            "--new-session",
            "--clearenv",
            "--setenv", "PATH", "/usr/bin",
            "--setenv", "HOME", "/tmp",
            "--setenv", "LANG", "C.UTF-8",
            "--setenv", "OPENBLAS_NUM_THREADS", "1",
            "--setenv", "PYTHONDONTWRITEBYTECODE", "1",
        ]);
        args.AddRange(program);
        return args;
    }
}
