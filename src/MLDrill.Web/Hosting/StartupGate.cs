using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using MLDrill.Infrastructure.Data;

namespace MLDrill.Web.Hosting;

/// <summary>Work the app must finish before it serves pages, such as parsing the content or migrating the database.</summary>
public interface IStartupWork
{
    Task RunAsync(IServiceProvider services, CancellationToken cancellationToken);
}

/// <summary>
/// Start-up work runs while the server itself starts, so the two overlap on a small machine. Until the work is done,
/// requests wait at this gate; the health endpoints answer at once (live: the process runs; ready: not yet).
/// </summary>
public sealed class StartupGate
{
    private readonly TaskCompletionSource _done = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public bool IsOpen => _done.Task.IsCompletedSuccessfully;

    public bool HasFailed => _done.Task.IsFaulted;

    /// <summary>Completes when the app is ready; throws if start-up failed.</summary>
    public Task WaitAsync(CancellationToken cancellationToken = default) => _done.Task.WaitAsync(cancellationToken);

    /// <summary>Runs every <see cref="IStartupWork"/> at once, then opens the gate; a failure stops the app.</summary>
    public Task RunAsync(IServiceProvider services, IHostApplicationLifetime lifetime, ILogger logger) => Task.Run(async () =>
    {
        try
        {
            await Task.WhenAll(services.GetServices<IStartupWork>()
                .Select(work => Task.Run(() => work.RunAsync(services, lifetime.ApplicationStopping))));

            // Parsing the bank and the problems leaves megabytes of garbage behind; give that memory back to the
            // system now rather than carrying it while the app idles.
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
            _done.TrySetResult();
        }
        catch (Exception e)
        {
            logger.LogCritical(e, "MLDrill could not start: {Reason}", e.Message);
            Environment.ExitCode = 1;
            lifetime.StopApplication();
            _done.TrySetException(e);
        }
    });
}

/// <summary>Parses the question bank and the coding problems (<see cref="ContentCatalog"/>) once.</summary>
public sealed class ContentStartup : IStartupWork
{
    public Task RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        services.GetRequiredService<ContentCatalog>();
        return Task.CompletedTask;
    }
}

/// <summary>Brings the database up to date when this node is the one that migrates (SQLite by default).</summary>
public sealed class DatabaseStartup : IStartupWork
{
    public async Task RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        if (!services.GetRequiredService<IOptions<StorageOptions>>().Value.ShouldMigrateOnStart)
        {
            return;
        }

        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().MigrateAsync(cancellationToken);
    }
}

/// <summary>Ready only once the start-up work is done.</summary>
public sealed class StartupHealthCheck(StartupGate gate) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(gate.IsOpen ? HealthCheckResult.Healthy()
            : gate.HasFailed ? HealthCheckResult.Unhealthy("start-up failed; the server log says why")
            : HealthCheckResult.Unhealthy("starting: loading content and migrating the database"));
}
