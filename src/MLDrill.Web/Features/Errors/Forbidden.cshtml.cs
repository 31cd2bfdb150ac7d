using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MLDrill.Web.Features.Errors;

/// <summary>Where the cookie handler sends a signed-in user who lacks a role: a 403 with the friendly page.</summary>
public sealed class ForbiddenModel : PageModel
{
    public void OnGet() => Response.StatusCode = StatusCodes.Status403Forbidden;
}
