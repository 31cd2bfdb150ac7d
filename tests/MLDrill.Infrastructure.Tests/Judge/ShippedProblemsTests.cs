using MLDrill.Domain.Coding;
using MLDrill.Infrastructure.Content;
using MLDrill.Infrastructure.Judge;
using MLDrill.Infrastructure.Tests.Content;

namespace MLDrill.Infrastructure.Tests.Judge;

/// <summary>
/// Every shipped problem through the real sandbox: its reference solution is accepted, and its starter and every
/// known-wrong solution are not. This is what makes a problem's tests worth trusting.
/// </summary>
public sealed class ShippedProblemsTests(SandboxFixture sandbox) : IClassFixture<SandboxFixture>
{
    private static readonly Lazy<ContentLoadResult> Shipped = new(() => ContentLoader.Load(ShippedContentTests.RepositoryContent()));

    public static TheoryData<string> ProblemIds() => new(Shipped.Value.CodingProblems.Select(p => p.Id));

    [Fact]
    public void At_least_forty_problems_cover_the_issue_list_including_six_troubleshooting_ones()
    {
        var problems = Shipped.Value.CodingProblems;
        problems.Count.ShouldBeGreaterThanOrEqualTo(40);
        problems.Count(p => p.Kind == ProblemKind.Troubleshoot).ShouldBeGreaterThanOrEqualTo(6);
        problems.ShouldAllBe(p => p.Tests.Count >= 8 && p.WrongSolutions.Count >= 1);
        Enum.GetValues<MLDrill.Domain.Questions.Difficulty>().ShouldAllBe(d => problems.Any(p => p.Difficulty == d));
    }

    [Theory]
    [MemberData(nameof(ProblemIds))]
    public async Task Reference_passes_and_every_wrong_solution_fails(string id)
    {
        var problem = Shipped.Value.CodingProblems.Single(p => p.Id == id);
        var failures = await ProblemVerification.VerifyAsync(sandbox.Judge, problem, TestContext.Current.CancellationToken);
        failures.ShouldBeEmpty(string.Join("\n", failures));
    }
}
