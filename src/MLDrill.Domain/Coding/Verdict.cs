namespace MLDrill.Domain.Coding;

/// <summary>The outcome of one run over a problem's tests.</summary>
public enum Verdict
{
    Accepted,
    WrongAnswer,
    RuntimeError,
    TimeLimit,
    MemoryLimit,
    OutputLimit,
    RejectedInput,
}

/// <summary>How the sandboxed process ended, as the runner saw it from outside.</summary>
public enum RunEnding
{
    Exited,
    WallTimeLimit,
    CpuTimeLimit,
    MemoryLimit,
    OutputLimit,
    FileSizeLimit,
    KilledBySignal,
}

public enum TestStatus
{
    Passed,
    Failed,
    Error,
    NotRun,
}

/// <summary>
/// One test's result as the user may see it. Hidden tests carry only their category and status: no input,
/// expected value, output or difference, so nothing about them can be read back out of the report.
/// </summary>
public sealed record TestReport(int Index, string Name, string Category, bool Visible, TestStatus Status,
    string? Difference = null, string? Input = null, string? Expected = null, string? Actual = null, double? Seconds = null);

/// <summary>What a run produced: the verdict, a one-line summary, each test, and the user's own output.</summary>
public sealed record JudgeReport(Verdict Verdict, string Summary, IReadOnlyList<TestReport> Tests, string? Traceback, string Output,
    double WallSeconds, double? CpuSeconds)
{
    public static JudgeReport Rejected(string reason) => new(Verdict.RejectedInput, reason, [], null, "", 0, null);
}

public static class VerdictText
{
    public static string Of(Verdict verdict) => verdict switch
    {
        Verdict.Accepted => "Accepted",
        Verdict.WrongAnswer => "Wrong answer",
        Verdict.RuntimeError => "Runtime error",
        Verdict.TimeLimit => "Time limit exceeded",
        Verdict.MemoryLimit => "Memory limit exceeded",
        Verdict.OutputLimit => "Output limit exceeded",
        _ => "Rejected input",
    };
}
