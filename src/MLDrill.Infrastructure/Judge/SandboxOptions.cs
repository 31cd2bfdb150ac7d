namespace MLDrill.Infrastructure.Judge;

/// <summary>Configuration section <c>Judge</c>: where the sandbox's tools are and the limits of one run.</summary>
public sealed class SandboxOptions
{
    public const string Section = "Judge";

    public string PythonPath { get; set; } = "/usr/bin/python3";

    public string BubblewrapPath { get; set; } = "/usr/bin/bwrap";

    /// <summary>Address-space limit of the sandboxed process (and the cgroup memory limit, plus the temp directory).</summary>
    public int MemoryMb { get; set; } = 256;

    /// <summary>Processes and threads one sandbox may have at once.</summary>
    public int MaxProcesses { get; set; } = 64;

    /// <summary>Largest file the code may write.</summary>
    public int MaxFileMb { get; set; } = 16;

    /// <summary>Size of the private writable /tmp of each run.</summary>
    public int TempDirMb { get; set; } = 32;

    /// <summary>The user's output (prints, tracebacks) kept and shown; more than <see cref="MaxOutputKb"/> in all is an output limit.</summary>
    public int ShownOutputKb { get; set; } = 64;

    public int MaxOutputKb { get; set; } = 1024;

    /// <summary>Cap on the result channel: outputs as data, for every test.</summary>
    public int MaxResultKb { get; set; } = 16 * 1024;

    /// <summary>Sandboxes kept started with NumPy imported, each used for exactly one run.</summary>
    public int WarmSandboxes { get; set; } = 2;

    /// <summary>When the app runs as root, each sandbox runs as its own unprivileged uid from this range.</summary>
    public int FirstUid { get; set; } = 61_000;

    public int UidCount { get; set; } = 1_000;

    /// <summary>Put each sandbox in its own cgroup (pids, memory, CPU accounting) when the machine allows it.</summary>
    public bool UseCgroups { get; set; } = true;

    /// <summary>A copy to adjust for one kind of sandbox without touching the configured options.</summary>
    public SandboxOptions Clone() => (SandboxOptions)MemberwiseClone();
}
