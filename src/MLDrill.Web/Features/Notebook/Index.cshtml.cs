using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MLDrill.Domain.Practice;
using MLDrill.Domain.Questions;

namespace MLDrill.Web.Features.Notebook;

public sealed class IndexModel(NotebookService notebook, TimeProvider clock) : PageModel
{
    public IReadOnlyList<NotebookItem> Entries { get; private set; } = [];

    /// <summary>Every topic in the notebook, for the filter.</summary>
    public IReadOnlyList<string> Topics { get; private set; } = [];

    public IReadOnlyList<Area> Areas { get; private set; } = [];

    public int Total { get; private set; }

    [BindProperty(SupportsGet = true)]
    [StringLength(60)]
    public string? Area { get; set; }

    [BindProperty(SupportsGet = true)]
    [StringLength(60)]
    public string? Topic { get; set; }

    [BindProperty(SupportsGet = true)]
    [StringLength(200)]
    public string? Search { get; set; }

    [BindProperty]
    [StringLength(PracticeSettings.MaxNoteLength, ErrorMessage = "A note can be at most {1} characters.")]
    public string? Note { get; set; }

    private string UserId => User.FindFirstValue(ClaimTypes.NameIdentifier)!;

    public async Task OnGetAsync()
    {
        if (!ModelState.IsValid)
        {
            Area = Topic = Search = null;
        }

        await LoadAsync();
    }

    /// <summary>The entries shown (same filters) as a Markdown file.</summary>
    public async Task<IActionResult> OnGetExportAsync()
    {
        var items = NotebookService.Filter(await notebook.ListAsync(UserId, HttpContext.RequestAborted), Area, Topic, Search);
        var markdown = NotebookService.ToMarkdown(items, clock.GetUtcNow());
        return File(Encoding.UTF8.GetBytes(markdown), "text/markdown; charset=utf-8", "mldrill-notebook.md");
    }

    public async Task<IActionResult> OnPostNoteAsync(long entryId)
    {
        if (!ModelState.IsValid)
        {
            await LoadAsync();
            return Page();
        }

        TempData["Message"] = await notebook.UpdateNoteAsync(UserId, entryId, Note ?? "") ? "Note saved." : "That entry was not found.";
        return RedirectToPage(new { Area, Topic, Search });
    }

    public async Task<IActionResult> OnPostUnderstoodAsync(long entryId, bool understood)
    {
        var found = await notebook.SetUnderstoodAsync(UserId, entryId, understood);
        TempData["Message"] = !found ? "That entry was not found."
            : understood ? "Marked understood: it leaves the weekly revisit." : "Back in the weekly revisit.";
        return RedirectToPage(new { Area, Topic, Search });
    }

    public async Task<IActionResult> OnPostRemoveAsync(long entryId)
    {
        TempData["Message"] = await notebook.RemoveAsync(UserId, entryId) ? "Removed from your notebook." : "That entry was not found.";
        return RedirectToPage(new { Area, Topic, Search });
    }

    private async Task LoadAsync()
    {
        var all = await notebook.ListAsync(UserId, HttpContext.RequestAborted);
        Total = all.Count;
        Topics = all.SelectMany(i => i.Question?.Topics ?? []).Distinct().Order(StringComparer.Ordinal).ToList();
        Areas = all.Select(i => i.Question?.Area).OfType<Area>().Distinct().OrderBy(a => a.Order).ToList();
        Entries = NotebookService.Filter(all, Area, Topic, Search);
    }
}
