using System.Diagnostics;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MLDrill.Web.Features.Errors;

/// <summary>
/// The one error path: browsers get this friendly page, API callers ProblemDetails. Never a stack trace.
/// </summary>
[IgnoreAntiforgeryToken]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class ErrorModel(IProblemDetailsService problems) : PageModel
{
    public int Status { get; private set; }

    public string? RequestId { get; private set; }

    public Task<IActionResult> OnGetAsync(int? code) => RespondAsync(code);

    public Task<IActionResult> OnPostAsync(int? code) => RespondAsync(code);

    public static string Explain(int status) => status switch
    {
        400 => "The request was not understood. Check what you entered and try again.",
        401 => "Please log in to continue.",
        403 => "You do not have access to this page.",
        404 => "There is nothing here. The link may be old, or the item belongs to someone else.",
        405 => "That action is not available here.",
        413 => "What you sent is too large.",
        429 => "Too many requests. Wait a minute and try again.",
        _ => "Something went wrong on our side. Your saved work is safe; try again in a moment.",
    };

    private async Task<IActionResult> RespondAsync(int? code)
    {
        var feature = HttpContext.Features.Get<IStatusCodeReExecuteFeature>();
        var exception = HttpContext.Features.Get<IExceptionHandlerPathFeature>();
        Status = code is >= 400 and < 600 ? code.Value : exception is not null ? 500 : 404;
        RequestId = Activity.Current?.Id ?? HttpContext.TraceIdentifier;
        var originalPath = feature?.OriginalPath ?? exception?.Path ?? "";
        HttpContext.Response.StatusCode = Status;
        if (originalPath.StartsWith("/api", StringComparison.OrdinalIgnoreCase))
        {
            await problems.WriteAsync(new ProblemDetailsContext
            {
                HttpContext = HttpContext,
                ProblemDetails = { Status = Status, Detail = Explain(Status) },
            });
            return new EmptyResult();
        }

        return Page();
    }
}
