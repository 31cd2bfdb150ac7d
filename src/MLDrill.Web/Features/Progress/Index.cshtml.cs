using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MLDrill.Web.Features.Practice;

namespace MLDrill.Web.Features.Progress;

public sealed class IndexModel(ProgressService progress, PracticeService practice) : PageModel
{
    public ProgressReport Report { get; private set; } = null!;

    private string UserId => User.FindFirstValue(ClaimTypes.NameIdentifier)!;

    public async Task OnGetAsync() => Report = await progress.ReportAsync(UserId, HttpContext.RequestAborted);

    /// <summary>"Practise these": the chosen topics come first in today's session, with a batch of extra questions.</summary>
    public async Task<IActionResult> OnPostPractiseAsync(List<string> topics)
    {
        var known = topics.Where(t => practice.Bank.InStudyOrder.Any(q => q.Topics.Contains(t))).Distinct().Take(5).ToList();
        if (known.Count == 0)
        {
            TempData["Message"] = "Those topics are not in the bank.";
            return RedirectToPage();
        }

        await practice.AskForMoreAsync(UserId, known, HttpContext.RequestAborted);
        TempData["Message"] = $"Today's next questions focus on {string.Join(", ", known)}.";
        return RedirectToPage("/Practice/Index");
    }
}
