using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using MLDrill.Domain.Planning;
using MLDrill.Domain.Scheduling;
using MLDrill.Infrastructure.Content;
using MLDrill.Infrastructure.Data;
using MLDrill.Web.Features.Practice;

namespace MLDrill.Web.Hosting;

/// <summary>The sections of Program.cs, each a table of contents entry.</summary>
public static class HostingExtensions
{
    public const string AdminPolicy = "Admin";
    public const string AdminRole = "Admin";
    public const string AccountRateLimit = "account";
    public const string PracticeRateLimit = "practice";

    public static void AddInfrastructure(this WebApplicationBuilder builder)
    {
        builder.Services.AddMLDrillData();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddOptions<ContentOptions>().BindConfiguration(ContentOptions.Section);
        builder.Services.AddSingleton<ContentCatalog>();
        builder.Services.AddSingleton<MarkdownRenderer>();
        builder.Services.AddSingleton<MLDrill.Web.Features.Shared.QuestionHtml>();
        builder.Services.AddSingleton(new FsrsScheduler(SchedulerOptions.Default));
        builder.Services.AddSingleton<StudyPlanner>();
        builder.Services.AddOptions<MLDrill.Infrastructure.Judge.SandboxOptions>().BindConfiguration(MLDrill.Infrastructure.Judge.SandboxOptions.Section);
        builder.Services.AddSingleton<MLDrill.Infrastructure.Judge.CodeJudge>();
        builder.Services.AddSingleton<StartupGate>();
        builder.Services.AddSingleton<IStartupWork, ContentStartup>();
        builder.Services.AddSingleton<IStartupWork, DatabaseStartup>();
        builder.Services.AddHealthChecks()
            .AddCheck<StartupHealthCheck>("startup", tags: ["ready"])
            .AddDbContextCheck<AppDbContext>("database", tags: ["ready"]);
    }

    public static void AddWebServices(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddRazorPages(options =>
        {
            options.RootDirectory = "/Features";
            options.Conventions.AuthorizeFolder("/");
            options.Conventions.AuthorizeFolder("/Admin", AdminPolicy);
            options.Conventions.AllowAnonymousToPage("/Account/Login");
            options.Conventions.AllowAnonymousToPage("/Account/Register");
            options.Conventions.AllowAnonymousToFolder("/Errors");
        });
        services.AddProblemDetails();
        services.AddScoped<PracticeService>();
        services.AddScoped<MLDrill.Web.Features.Plan.PlanService>();
        services.AddScoped<MLDrill.Web.Features.Progress.ProgressService>();
        services.AddSingleton(provider => TodayViewCache.For(provider.GetRequiredService<IOptions<StorageOptions>>().Value));
        services.AddScoped<MLDrill.Web.Features.Notebook.NotebookService>();
        services.AddScoped<MLDrill.Web.Features.Coding.CodingService>();
        services.AddSingleton<MLDrill.Web.Features.Coding.SubmissionSignal>();
        services.AddOptions<MLDrill.Web.Features.Coding.JudgeWorkerOptions>().BindConfiguration(MLDrill.Infrastructure.Judge.SandboxOptions.Section);
        services.AddHostedService<MLDrill.Web.Features.Coding.JudgeWorker>();

        services.AddIdentityCore<AppUser>(options =>
            {
                options.User.RequireUniqueEmail = true;
                options.Password.RequiredLength = 8;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireDigit = false;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(5);
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<AppDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders();
        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        services.ConfigureApplicationCookie(options =>
        {
            options.LoginPath = "/Account/Login";
            options.AccessDeniedPath = "/Errors/Forbidden";
            options.Cookie.Name = "mldrill.auth";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.SlidingExpiration = true;
            options.ExpireTimeSpan = TimeSpan.FromDays(14);
            // API calls get status codes, not a redirect to the login page.
            options.Events.OnRedirectToLogin = context => RejectApiOr(context, StatusCodes.Status401Unauthorized);
            options.Events.OnRedirectToAccessDenied = context => RejectApiOr(context, StatusCodes.Status403Forbidden);
            options.Events.OnValidatePrincipal = ValidateSecurityStampWhenDue;
        });
        services.AddAuthorizationBuilder()
            .AddPolicy(AdminPolicy, policy => policy.RequireRole(AdminRole))
            .SetFallbackPolicy(new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "mldrill.csrf";
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });

        services.AddOptions<RateLimitSettings>().BindConfiguration(RateLimitSettings.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            // Only form posts and API writes cost anything to abuse (password guessing, flooding the review log).
            options.AddPolicy(AccountRateLimit, context => HttpMethods.IsGet(context.Request.Method)
                ? RateLimitPartition.GetNoLimiter("read")
                : RateLimitPartition.GetFixedWindowLimiter(
                    context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => PerMinute(context.RequestServices.GetRequiredService<IOptions<RateLimitSettings>>().Value.AccountPostsPerMinute)));
            options.AddPolicy(PracticeRateLimit, context => HttpMethods.IsGet(context.Request.Method)
                ? RateLimitPartition.GetNoLimiter("read")
                : RateLimitPartition.GetFixedWindowLimiter(
                    context.User.Identity?.Name ?? context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => PerMinute(context.RequestServices.GetRequiredService<IOptions<RateLimitSettings>>().Value.PracticePostsPerMinute)));
            options.OnRejected = async (context, token) =>
            {
                context.HttpContext.Response.ContentType = "text/plain; charset=utf-8";
                await context.HttpContext.Response.WriteAsync("Too many attempts. Please wait a minute and try again.", token);
            };
        });
    }

    private static FixedWindowRateLimiterOptions PerMinute(int permits) =>
        new() { PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 };

    /// <summary>
    /// Starts loading the content and migrating the database (SQLite by default) while the server starts; requests
    /// wait at the <see cref="StartupGate"/> until both are done.
    /// </summary>
    public static void StartStartupWork(this WebApplication app) =>
        _ = app.Services.GetRequiredService<StartupGate>().RunAsync(app.Services, app.Lifetime, app.Logger);

    public static void UseWebPipeline(this WebApplication app)
    {
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandlingPath = "/Errors/Error",
            // API callers get ProblemDetails, browsers the friendly page: one path for both.
            StatusCodeSelector = _ => StatusCodes.Status500InternalServerError,
        });
        app.UseStatusCodePagesWithReExecute("/Errors/Error", "?code={0}");
        app.Use(async (context, next) =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "same-origin";
            headers.ContentSecurityPolicy =
                "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
            await next();
        });
        app.UseStaticFiles();
        app.UseStartupGate();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.UseAntiforgery();
    }

    /// <summary>Requests wait here until start-up work is done; the health endpoints answer at once.</summary>
    private static void UseStartupGate(this WebApplication app)
    {
        var gate = app.Services.GetRequiredService<StartupGate>();
        app.Use(async (context, next) =>
        {
            if (!gate.IsOpen && !context.Request.Path.StartsWithSegments("/health"))
            {
                try
                {
                    await gate.WaitAsync(context.RequestAborted);
                }
                catch (Exception) when (gate.HasFailed)
                {
                    context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                    context.Response.ContentType = "text/plain; charset=utf-8";
                    await context.Response.WriteAsync("MLDrill could not start; the server log says why.");
                    return;
                }
            }

            await next(context);
        });
    }

    public static void MapFeatures(this WebApplication app)
    {
        app.MapRazorPages();
        app.MapPracticeApi();
    }

    public static void MapHealth(this WebApplication app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") }).AllowAnonymous();
        app.MapHealthChecks("/health", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") }).AllowAnonymous();
    }

    /// <summary>
    /// Identity's stamp validator comes with a sign-in manager, user and role managers, their stores and a database
    /// context; build them only when the stamp is due for its check (every <see cref="SecurityStampValidatorOptions.ValidationInterval"/>),
    /// not on every request.
    /// </summary>
    private static Task ValidateSecurityStampWhenDue(Microsoft.AspNetCore.Authentication.Cookies.CookieValidatePrincipalContext context)
    {
        var stamp = context.HttpContext.RequestServices.GetRequiredService<IOptions<SecurityStampValidatorOptions>>().Value;
        var now = (stamp.TimeProvider ?? TimeProvider.System).GetUtcNow();
        return context.Properties.IssuedUtc is { } issued && now - issued <= stamp.ValidationInterval
            ? Task.CompletedTask
            : SecurityStampValidator.ValidatePrincipalAsync(context);
    }

    private static Task RejectApiOr(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }

        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}
