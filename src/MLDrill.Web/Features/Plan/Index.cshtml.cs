using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MLDrill.Domain.Planning;
using MLDrill.Domain.Practice;
using MLDrill.Infrastructure.Data;

namespace MLDrill.Web.Features.Plan;

public sealed class IndexModel(PlanService plans) : PageModel
{
    [BindProperty]
    public PlanInputModel Input { get; set; } = new();

    public StudyPlan Plan { get; private set; } = null!;

    public AppUser Learner { get; private set; } = null!;

    private string UserId => User.FindFirstValue(ClaimTypes.NameIdentifier)!;

    public async Task OnGetAsync()
    {
        await LoadAsync();
        var settings = Plan.Settings;
        Input = new PlanInputModel
        {
            InterviewDate = Learner.InterviewDate,
            DailyTarget = settings.DailyTarget,
            WeekdaysOff = [.. settings.WeekdaysOff],
            DatesOff = PlanService.FormatDates(settings.DatesOff),
            RevisitDay = Learner.NotebookRevisitDay,
        };
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var datesOff = new HashSet<DateOnly>();
        foreach (var text in (Input.DatesOff ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                datesOff.Add(date);
            }
            else
            {
                ModelState.AddModelError("Input.DatesOff", $"“{text}” is not a date: write dates as yyyy-mm-dd, separated by commas.");
            }
        }

        if (!Enum.IsDefined(Input.RevisitDay) || Input.WeekdaysOff.Any(d => !Enum.IsDefined(d)))
        {
            ModelState.AddModelError(string.Empty, "Pick weekdays from the list.");
        }

        if (ModelState.IsValid)
        {
            var choice = new PlanChoice(Input.InterviewDate, Input.DailyTarget, Input.WeekdaysOff.ToHashSet(), datesOff, Input.RevisitDay);
            foreach (var problem in await plans.SaveAsync(UserId, choice, HttpContext.RequestAborted))
            {
                ModelState.AddModelError(string.Empty, problem);
            }
        }

        if (!ModelState.IsValid)
        {
            await LoadAsync();
            return Page();
        }

        TempData["Message"] = "Plan saved: it now runs from today to your interview.";
        return RedirectToPage();
    }

    private async Task LoadAsync()
    {
        var reading = await plans.BuildAsync(UserId, HttpContext.RequestAborted);
        (Learner, Plan) = (reading.User, reading.Plan);
    }
}

public sealed class PlanInputModel
{
    [DataType(DataType.Date)]
    [Display(Name = "Interview date")]
    public DateOnly? InterviewDate { get; set; }

    [Range(PracticeSettings.MinDailyTarget, PracticeSettings.MaxDailyTarget, ErrorMessage = "The daily target must be between {1} and {2} questions.")]
    [Display(Name = "Questions per day")]
    public int DailyTarget { get; set; } = PracticeSettings.DefaultDailyTarget;

    [Display(Name = "Weekdays you cannot study")]
    public List<DayOfWeek> WeekdaysOff { get; set; } = [];

    [StringLength(2000)]
    [Display(Name = "Other days off")]
    public string? DatesOff { get; set; }

    [Display(Name = "Notebook revisit day")]
    public DayOfWeek RevisitDay { get; set; } = DayOfWeek.Sunday;
}
