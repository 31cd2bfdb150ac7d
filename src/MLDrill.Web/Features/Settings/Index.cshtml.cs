using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using MLDrill.Domain.Practice;
using MLDrill.Infrastructure.Data;
using MLDrill.Web.Features.Practice;

namespace MLDrill.Web.Features.Settings;

public sealed class IndexModel(AppDbContext db, TodayViewCache todayCache) : PageModel
{
    [BindProperty]
    public SettingsInput Input { get; set; } = new();

    public static IEnumerable<string> TimeZones => TimeZoneInfo.GetSystemTimeZones().Select(z => z.Id).Order(StringComparer.Ordinal);

    private string UserId => User.FindFirstValue(ClaimTypes.NameIdentifier)!;

    public async Task OnGetAsync()
    {
        var user = await db.Users.AsNoTracking().SingleAsync(u => u.Id == UserId);
        Input = new SettingsInput { DailyTarget = user.DailyTarget, TimeZone = user.TimeZoneId };
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(Input.TimeZone ?? "", out _))
        {
            ModelState.AddModelError("Input.TimeZone", "Unknown time zone; pick one from the list.");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var user = await db.Users.SingleAsync(u => u.Id == UserId);
        user.DailyTarget = Input.DailyTarget;
        user.TimeZoneId = Input.TimeZone!;
        await db.SaveChangesAsync();
        todayCache.Invalidate(UserId);
        TempData["Message"] = "Settings saved.";
        return RedirectToPage();
    }
}

public sealed class SettingsInput
{
    [Range(PracticeSettings.MinDailyTarget, PracticeSettings.MaxDailyTarget, ErrorMessage = "The daily target must be between {1} and {2} questions.")]
    [Display(Name = "Questions per day")]
    public int DailyTarget { get; set; } = PracticeSettings.DefaultDailyTarget;

    [Required, StringLength(100)]
    [Display(Name = "Time zone")]
    public string? TimeZone { get; set; }
}
