using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MLDrill.Domain.Coding;
using MLDrill.Domain.Questions;

namespace MLDrill.Web.Features.Coding;

public sealed class IndexModel(CodingService coding) : PageModel
{
    public IReadOnlyList<ProblemRow> Rows { get; private set; } = [];

    public IReadOnlyList<string> Tags { get; private set; } = [];

    public int Solved { get; private set; }

    public int Total { get; private set; }

    [BindProperty(SupportsGet = true)]
    public Difficulty? Difficulty { get; set; }

    [BindProperty(SupportsGet = true)]
    public ProblemKind? Kind { get; set; }

    [BindProperty(SupportsGet = true)]
    public ProblemStatus? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    [StringLength(60)]
    public string? Tag { get; set; }

    public async Task OnGetAsync()
    {
        var all = await coding.ListAsync(User.FindFirstValue(ClaimTypes.NameIdentifier)!, HttpContext.RequestAborted);
        Total = all.Count;
        Solved = all.Count(r => r.Status == ProblemStatus.Solved);
        Tags = all.SelectMany(r => r.Problem.Tags).Distinct().Order(StringComparer.Ordinal).ToList();
        Rows = all.Where(r => (Difficulty is null || r.Problem.Difficulty == Difficulty)
                && (Kind is null || r.Problem.Kind == Kind)
                && (Status is null || r.Status == Status)
                && (string.IsNullOrEmpty(Tag) || r.Problem.Tags.Contains(Tag)))
            .OrderBy(r => r.Problem.Difficulty).ThenBy(r => r.Problem.Title, StringComparer.Ordinal)
            .ToList();
    }
}
