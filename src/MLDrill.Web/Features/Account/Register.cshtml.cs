using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using MLDrill.Infrastructure.Data;
using MLDrill.Web.Features.Practice;
using MLDrill.Web.Hosting;

namespace MLDrill.Web.Features.Account;

[EnableRateLimiting(HostingExtensions.AccountRateLimit)]
public sealed class RegisterModel(UserManager<AppUser> users, SignInManager<AppUser> signIn, RoleManager<IdentityRole> roles, TimeProvider clock) : PageModel
{
    [BindProperty]
    public RegisterInput Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var user = new AppUser
        {
            UserName = Input.Email.Trim(),
            Email = Input.Email.Trim(),
            CreatedAt = clock.GetUtcNow(),
            TimeZoneId = PracticeService.FindZone(Input.TimeZone ?? "UTC").Id,
        };
        user.PlanStart = PracticeService.LocalDay(user, user.CreatedAt).Day;
        var created = await users.CreateAsync(user, Input.Password);
        if (!created.Succeeded)
        {
            foreach (var error in created.Errors)
            {
                ModelState.AddModelError(string.Empty, error.Code == "DuplicateUserName" ? "An account with this email already exists." : error.Description);
            }

            return Page();
        }

        // The first account of an instance administers it.
        if (!await roles.RoleExistsAsync(HostingExtensions.AdminRole))
        {
            await roles.CreateAsync(new IdentityRole(HostingExtensions.AdminRole));
        }

        if ((await users.GetUsersInRoleAsync(HostingExtensions.AdminRole)).Count == 0)
        {
            await users.AddToRoleAsync(user, HostingExtensions.AdminRole);
        }

        await signIn.SignInAsync(user, isPersistent: true);
        TempData["Message"] = "Welcome to MLDrill. Your first session is ready.";
        return RedirectToPage("/Practice/Index");
    }
}

public sealed class RegisterInput
{
    [Required, EmailAddress, StringLength(254)]
    public string Email { get; set; } = "";

    [Required, StringLength(200, MinimumLength = 8, ErrorMessage = "The password needs at least 8 characters.")]
    [DataType(DataType.Password)]
    public string Password { get; set; } = "";

    [Required, Compare(nameof(Password), ErrorMessage = "The two passwords differ.")]
    [DataType(DataType.Password)]
    [Display(Name = "Confirm password")]
    public string ConfirmPassword { get; set; } = "";

    [StringLength(100)]
    public string? TimeZone { get; set; }
}
