using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using MLDrill.Domain.Practice;
using MLDrill.Domain.Questions;
using MLDrill.Web.Hosting;

namespace MLDrill.Web.Features.Practice;

[EnableRateLimiting(HostingExtensions.PracticeRateLimit)]
public sealed class IndexModel(PracticeService practice) : PageModel
{
    public TodayView Today { get; private set; } = null!;

    public Question? Current { get; private set; }

    public QueueReason CurrentReason { get; private set; }

    public DateTimeOffset Now { get; private set; }

    [BindProperty]
    public RevealInput Input { get; set; } = new();

    private string UserId => User.FindFirstValue(ClaimTypes.NameIdentifier)!;

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostRevealAsync()
    {
        var question = practice.Bank.Find(Input.QuestionId ?? "");
        if (question is null)
        {
            TempData["Message"] = "That question is no longer in the bank; here is the next one.";
            return RedirectToPage();
        }

        if (!ModelState.IsValid)
        {
            await LoadAsync();
            return Page();
        }

        DateTimeOffset? shownAt = Input.ShownAt is { } ms && ms > 0 && ms < 253402300799999 ? DateTimeOffset.FromUnixTimeMilliseconds(ms) : null;
        var attemptId = await practice.RevealAsync(UserId, question, Input.Answer ?? "", Input.OutLoud, shownAt);
        return RedirectToPage("/Practice/Attempt", new { id = attemptId });
    }

    public async Task<IActionResult> OnPostUndoAsync()
    {
        var attemptId = await practice.UndoLastAsync(UserId);
        if (attemptId is null)
        {
            TempData["Message"] = "There is no rating to undo.";
            return RedirectToPage();
        }

        TempData["Message"] = "Your last rating was undone. Rate it again.";
        return RedirectToPage("/Practice/Attempt", new { id = attemptId });
    }

    public async Task<IActionResult> OnPostMoreAsync()
    {
        await practice.AskForMoreAsync(UserId);
        return RedirectToPage();
    }

    private async Task LoadAsync()
    {
        Now = practice.Now;
        Today = await practice.GetTodayAsync(UserId);
        if (Today.Queue.Count > 0)
        {
            Current = practice.Bank.Find(Today.Queue[0].QuestionId);
            CurrentReason = Today.Queue[0].Reason;
        }
    }
}

public sealed class RevealInput
{
    [Required, StringLength(80)]
    public string? QuestionId { get; set; }

    [StringLength(PracticeSettings.MaxAnswerLength, ErrorMessage = "Your answer is too long ({1:N0} characters at most). Shorten it and reveal again.")]
    public string? Answer { get; set; }

    public bool OutLoud { get; set; }

    /// <summary>When the question was shown (Unix ms), to time the answer.</summary>
    public long? ShownAt { get; set; }
}
