using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using MLDrill.Web.Hosting;
using MLDrill.Web.Tests.Support;

namespace MLDrill.Web.Tests;

/// <summary>Start-up work the test finishes or fails when it chooses; it also notes when a request has come in.</summary>
public sealed class HeldStartupWork : IStartupWork, IStartupFilter
{
    private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _requestArrived = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes once a request is inside the app's pipeline, ahead of the start-up gate.</summary>
    public Task RequestArrived => _requestArrived.Task;

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            _requestArrived.TrySetResult();
            return nextMiddleware(context);
        });
        next(app);
    };

    public Task RunAsync(IServiceProvider services, CancellationToken cancellationToken) => _release.Task;

    public void Finish() => _release.SetResult();

    public void Fail(string reason) => _release.SetException(new InvalidOperationException(reason));
}

/// <summary>The real app with one more piece of start-up work, held by the test.</summary>
public sealed class HeldStartApp(HeldStartupWork work) : MLDrillFactory(Store.Sqlite)
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<IStartupWork>(work);
            services.AddSingleton<IStartupFilter>(work);
        });
    }
}

public sealed class StartupTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Pages_wait_for_start_up_work_while_health_tells_live_from_ready()
    {
        var work = new HeldStartupWork();
        await using var app = new HeldStartApp(work) { WaitForStartup = false };
        var client = app.CreateClient();

        (await client.GetAsync("/health/live", Cancel)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.GetAsync("/health/ready", Cancel)).StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        var login = client.GetAsync("/Account/Login", Cancel);
        await Task.WhenAny(login, Task.Delay(TimeSpan.FromSeconds(2), Cancel));
        login.IsCompleted.ShouldBeFalse("a page must wait until the content and the database are ready");

        work.Finish();

        (await login).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.GetAsync("/health/ready", Cancel)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_failed_start_answers_waiting_requests_plainly_and_stops_the_app()
    {
        var work = new HeldStartupWork();
        await using var app = new HeldStartApp(work) { WaitForStartup = false };
        var client = app.CreateClient();
        var login = client.GetAsync("/Account/Login", Cancel);
        var stopping = app.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;
        var exitCode = Environment.ExitCode;

        try
        {
            await work.RequestArrived.WaitAsync(Cancel);
            work.Fail("the content folder is missing");

            var response = await login;
            response.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
            var text = await response.Content.ReadAsStringAsync(Cancel);
            text.ShouldBe("MLDrill could not start; the server log says why.");
            await Should.ThrowAsync<InvalidOperationException>(() => app.Services.GetRequiredService<StartupGate>().WaitAsync(Cancel));
            stopping.IsCancellationRequested.ShouldBeTrue();
            Environment.ExitCode.ShouldBe(1);
        }
        finally
        {
            Environment.ExitCode = exitCode;
        }
    }
}
