using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using MLDrill.Domain.Grading;
using MLDrill.Domain.Practice;
using MLDrill.Domain.Questions;
using MLDrill.Domain.Scheduling;
using MLDrill.Web.Features.Notebook;
using MLDrill.Web.Hosting;
using AttemptEntity = MLDrill.Infrastructure.Data.Attempt;

namespace MLDrill.Web.Features.Practice;

[EnableRateLimiting(HostingExtensions.PracticeRateLimit)]
public sealed class AttemptModel(PracticeService practice, NotebookService notebook, FsrsScheduler scheduler) : PageModel
{
    public AttemptEntity Attempt { get; private set; } = null!;

    public Question Question { get; private set; } = null!;

    public RubricCoverage? Coverage { get; private set; }

    public Rating Suggested { get; private set; }

    public IReadOnlyDictionary<Rating, double> IntervalDays { get; private set; } = new Dictionary<Rating, double>();

    public bool InNotebook { get; private set; }

    [BindProperty]
    public RateInput Input { get; set; } = new();

    [BindProperty]
    [StringLength(PracticeSettings.MaxNoteLength, ErrorMessage = "The note is too long ({1:N0} characters at most).")]
    public string? Note { get; set; }

    private string UserId => User.FindFirstValue(ClaimTypes.NameIdentifier)!;

    public async Task<IActionResult> OnGetAsync(long id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        return Attempt.ReviewLogId is null ? Page() : RedirectToPage("/Practice/Index");
    }

    public async Task<IActionResult> OnPostRateAsync(long id)
    {
        ModelState.Remove(nameof(Note));
        if (!ModelState.IsValid || Input.Rating is not { } value || !Enum.IsDefined(value))
        {
            if (!await LoadAsync(id))
            {
                return NotFound();
            }

            ModelState.AddModelError(string.Empty, "Choose a rating: Again, Hard, Good or Easy.");
            return Page();
        }

        var reflections = new Reflections(Clean(Input.Explain), Clean(Input.Assumptions), Clean(Input.BetterApproach));
        var result = await practice.RateAsync(UserId, id, value, reflections);
        switch (result)
        {
            case RateResult.NotFound:
                return NotFound();
            case RateResult.AlreadyRated:
                TempData["Message"] = "This answer was already rated; use Undo to change it.";
                break;
        }

        return RedirectToPage("/Practice/Index");
    }

    public async Task<IActionResult> OnPostNotebookAsync(long id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        ModelState.Remove("Input.Rating");
        if (!ModelState.IsValid)
        {
            return Page();
        }

        await notebook.AddAsync(UserId, Question.Id, Note ?? "", MLDrill.Infrastructure.Data.NotebookSource.Manual);
        TempData["Message"] = "Added to your notebook.";
        return RedirectToPage(new { id });
    }

    private async Task<bool> LoadAsync(long id)
    {
        var attempt = await practice.FindAttemptAsync(UserId, id);
        var question = attempt is null ? null : practice.Bank.Find(attempt.QuestionId);
        if (attempt is null || question is null)
        {
            return false;
        }

        Attempt = attempt;
        Question = question;
        Coverage = attempt.AnsweredOutLoud ? null : RubricGrader.Grade(attempt.Answer, question.KeyPoints);
        Suggested = RatingSuggestion.Suggest(Coverage?.Fraction, attempt.RevealedAt - attempt.ShownAt, question.Difficulty);
        Input.Rating ??= Suggested;
        var card = await practice.CardStateAsync(UserId, question.Id);
        var preview = scheduler.Preview(card, practice.Now, practice.FuzzSeed(UserId, question.Id, card.Reps));
        IntervalDays = Enum.GetValues<Rating>().ToDictionary(r => r, r => preview.For(r).ScheduledDays);
        InNotebook = await notebook.ContainsAsync(UserId, question.Id);
        return true;
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

public sealed class RateInput
{
    public Rating? Rating { get; set; }

    [StringLength(PracticeSettings.MaxReflectionLength)]
    public string? Explain { get; set; }

    [StringLength(PracticeSettings.MaxReflectionLength)]
    public string? Assumptions { get; set; }

    [StringLength(PracticeSettings.MaxReflectionLength)]
    public string? BetterApproach { get; set; }
}
