using Microsoft.Extensions.Options;
using MLDrill.Domain.Coding;
using MLDrill.Infrastructure.Judge;

namespace MLDrill.Infrastructure.Tests.Judge;

/// <summary>One judge (with its warm sandboxes) shared by a test class.</summary>
public sealed class SandboxFixture : IDisposable
{
    public CodeJudge Judge { get; } = new(Options.Create(new SandboxOptions { WarmSandboxes = 1 }));

    public Task<SandboxResult> ExecAsync(string source, int timeoutMs = 5_000, int memoryMb = 256) =>
        Judge.ExecAsync(source, TimeSpan.FromMilliseconds(timeoutMs), memoryMb, TestContext.Current.CancellationToken);

    /// <summary>Whether any process on the machine has <paramref name="marker"/> in its command line.</summary>
    public static bool AnyProcessWith(string marker) =>
        Directory.EnumerateDirectories("/proc")
            .Where(d => int.TryParse(Path.GetFileName(d), out _))
            .Any(d =>
            {
                try
                {
                    return File.ReadAllText(Path.Combine(d, "cmdline")).Replace('\0', ' ').Contains(marker, StringComparison.Ordinal);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    return false;
                }
            });

    public void Dispose() => Judge.Dispose();
}
