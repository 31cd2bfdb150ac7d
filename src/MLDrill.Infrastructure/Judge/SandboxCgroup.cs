using System.Globalization;

namespace MLDrill.Infrastructure.Judge;

/// <summary>
/// A cgroup of its own for one sandbox: a process limit no fork bomb gets past (root's exemption from
/// RLIMIT_NPROC does not apply), a memory limit that also counts the private /tmp, CPU accounting, and a way
/// to kill every process in it. Works with cgroup v2 or the v1 pids/memory/cpuacct controllers; where neither
/// can be written (not root, a locked-down container) <see cref="TryCreate"/> returns null and the rlimits alone apply.
/// </summary>
public sealed class SandboxCgroup : IDisposable
{
    private const string Root = "/sys/fs/cgroup";
    private static int _counter;

    private readonly List<string> _directories;
    private readonly bool _unified;

    private SandboxCgroup(List<string> directories, bool unified)
    {
        _directories = directories;
        _unified = unified;
    }

    /// <summary>The files the sandbox's first process writes its pid into before it execs.</summary>
    public IEnumerable<string> ProcsFiles => _directories.Select(d => Path.Combine(d, "cgroup.procs"));

    public static SandboxCgroup? TryCreate(int maxProcesses, long memoryBytes)
    {
        if (!OperatingSystem.IsLinux() || !Environment.IsPrivilegedProcess)
        {
            return null;
        }

        var name = $"mldrill-{Environment.ProcessId}-{Interlocked.Increment(ref _counter)}";
        var created = new List<string>();
        try
        {
            if (File.Exists(Path.Combine(Root, "cgroup.controllers")))
            {
                var dir = Path.Combine(Root, name);
                Directory.CreateDirectory(dir);
                created.Add(dir);
                File.WriteAllText(Path.Combine(dir, "pids.max"), maxProcesses.ToString(CultureInfo.InvariantCulture));
                File.WriteAllText(Path.Combine(dir, "memory.max"), memoryBytes.ToString(CultureInfo.InvariantCulture));
                return new SandboxCgroup(created, unified: true);
            }

            foreach (var controller in new[] { "pids", "memory", "cpuacct" })
            {
                if (!Directory.Exists(Path.Combine(Root, controller)))
                {
                    throw new IOException($"no {controller} controller");
                }

                var dir = Path.Combine(Root, controller, name);
                Directory.CreateDirectory(dir);
                created.Add(dir);
            }

            File.WriteAllText(Path.Combine(created[0], "pids.max"), maxProcesses.ToString(CultureInfo.InvariantCulture));
            File.WriteAllText(Path.Combine(created[1], "memory.limit_in_bytes"), memoryBytes.ToString(CultureInfo.InvariantCulture));
            return new SandboxCgroup(created, unified: false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            new SandboxCgroup(created, false).Dispose();
            return null;
        }
    }

    /// <summary>CPU time used by every process of the sandbox so far.</summary>
    public double? CpuSeconds()
    {
        if (_unified)
        {
            var usage = ReadKeyed(Path.Combine(_directories[0], "cpu.stat"), "usage_usec");
            return usage is null ? null : usage / 1e6;
        }

        return long.TryParse(Read(Path.Combine(_directories[2], "cpuacct.usage")), out var ns) ? ns / 1e9 : null;
    }

    /// <summary>Whether the kernel killed a process of the sandbox for going over the memory limit.</summary>
    public bool MemoryLimitHit() => _unified
        ? ReadKeyed(Path.Combine(_directories[0], "memory.events"), "oom_kill") > 0
        : ReadKeyed(Path.Combine(_directories[1], "memory.oom_control"), "oom_kill") > 0;

    /// <summary>Kills every process still in the cgroup and waits until it is empty (bounded).</summary>
    public void KillAll()
    {
        if (_unified && File.Exists(Path.Combine(_directories[0], "cgroup.kill")))
        {
            TryWrite(Path.Combine(_directories[0], "cgroup.kill"), "1");
        }

        for (var attempt = 0; attempt < 200; attempt++)
        {
            var pids = (Read(Path.Combine(_directories[0], "cgroup.procs")) ?? "")
                .Split('\n', StringSplitOptions.RemoveEmptyEntries)
                .Select(p => int.TryParse(p, out var pid) ? pid : 0)
                .Where(p => p > 0)
                .ToList();
            if (pids.Count == 0)
            {
                return;
            }

            foreach (var pid in pids)
            {
                Kill(pid);
            }

            Thread.Sleep(5);
        }
    }

    public void Dispose()
    {
        if (_directories.Count > 0)
        {
            KillAll();
        }

        foreach (var dir in _directories)
        {
            for (var attempt = 0; attempt < 50 && Directory.Exists(dir); attempt++)
            {
                try
                {
                    Directory.Delete(dir);
                }
                catch (IOException)
                {
                    Thread.Sleep(10); // the last processes are still being reaped
                }
            }
        }
    }

    private static void Kill(int pid)
    {
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(pid);
            process.Kill();
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            // Already gone.
        }
    }

    private static string? Read(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static long? ReadKeyed(string path, string key) =>
        (Read(path) ?? "").Split('\n')
            .Select(line => line.Split(' ', 2))
            .Where(parts => parts.Length == 2 && parts[0] == key && long.TryParse(parts[1], out _))
            .Select(parts => (long?)long.Parse(parts[1], CultureInfo.InvariantCulture))
            .FirstOrDefault();

    private static void TryWrite(string path, string text)
    {
        try
        {
            File.WriteAllText(path, text);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Falls back to killing pid by pid.
        }
    }
}
