using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using MLDrill.Domain.Coding;
using MLDrill.Infrastructure.Data;
using MLDrill.Web.Features.Notebook;
using MLDrill.Web.Hosting;

namespace MLDrill.Web.Features.Coding;

[EnableRateLimiting(HostingExtensions.PracticeRateLimit)]
public sealed class ProblemModel(CodingService coding, NotebookService notebook) : PageModel
{
    public CodingProblem Problem { get; private set; } = null!;

    public IReadOnlyList<SubmissionView> History { get; private set; } = [];

    /// <summary>The run whose result is shown: the one just queued, or the latest.</summary>
    public SubmissionView? Current { get; private set; }

    public bool MayReveal { get; private set; }

    public bool InNotebook { get; private set; }

    /// <summary>The code in the editor: what was just posted, else the latest attempt, else the starter.</summary>
    [BindProperty]
    public string? Source { get; set; }

    private string UserId => User.FindFirstValue(ClaimTypes.NameIdentifier)!;

    public async Task<IActionResult> OnGetAsync(string id, long? s)
    {
        if (!await LoadAsync(id, s))
        {
            return NotFound();
        }

        Source ??= History.Count > 0 ? History[0].Submission.Source : Problem.Starter;
        return Page();
    }

    public Task<IActionResult> OnPostRunAsync(string id) => QueueAsync(id, SubmissionMode.Run);

    public Task<IActionResult> OnPostSubmitAsync(string id) => QueueAsync(id, SubmissionMode.Submit);

    public async Task<IActionResult> OnPostNotebookAsync(string id)
    {
        if (coding.Find(id) is not { } problem)
        {
            return NotFound();
        }

        await notebook.AddAsync(UserId, CodingService.NotebookPrefix + problem.Id, "", NotebookSource.FailedProblem, HttpContext.RequestAborted);
        return RedirectToPage(new { id });
    }

    private async Task<IActionResult> QueueAsync(string id, SubmissionMode mode)
    {
        if (coding.Find(id) is not { } problem)
        {
            return NotFound();
        }

        var (submissionId, error) = await coding.QueueAsync(UserId, problem, Source, mode, HttpContext.RequestAborted);
        if (submissionId is null)
        {
            // The code stays in the editor: nothing typed is lost to a refused run.
            ModelState.AddModelError(nameof(Source), error!);
            await LoadAsync(id, null);
            return Page();
        }

        return Redirect($"/Coding/{Uri.EscapeDataString(id)}?s={submissionId}#result");
    }

    private async Task<bool> LoadAsync(string id, long? shown)
    {
        if (coding.Find(id) is not { } problem)
        {
            return false;
        }

        Problem = problem;
        History = await coding.HistoryAsync(UserId, id, HttpContext.RequestAborted);
        Current = shown is { } s ? History.FirstOrDefault(h => h.Submission.Id == s) : History.Count > 0 ? History[0] : null;
        MayReveal = CodingService.MayReveal(problem, History);
        InNotebook = await notebook.ContainsAsync(UserId, CodingService.NotebookPrefix + id, HttpContext.RequestAborted);
        return true;
    }
}
