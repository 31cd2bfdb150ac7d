using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MLDrill.Infrastructure.Data;

namespace MLDrill.Web.Features.Notebook;

public sealed class IndexModel(NotebookService notebook) : PageModel
{
    public IReadOnlyList<NotebookEntry> Entries { get; private set; } = [];

    private string UserId => User.FindFirstValue(ClaimTypes.NameIdentifier)!;

    public async Task OnGetAsync() => Entries = await notebook.ListAsync(UserId);

    public async Task<IActionResult> OnPostRemoveAsync(long entryId)
    {
        TempData["Message"] = await notebook.RemoveAsync(UserId, entryId) ? "Removed from your notebook." : "That entry was not found.";
        return RedirectToPage();
    }
}
