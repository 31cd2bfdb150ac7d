using MLDrill.Domain.Coding;

namespace MLDrill.Infrastructure.Judge;

/// <summary>The proof a problem's tests mean something: its reference is accepted, its starter and every known-wrong solution are not.</summary>
public static class ProblemVerification
{
    public static async Task<IReadOnlyList<string>> VerifyAsync(CodeJudge judge, CodingProblem problem, CancellationToken cancellationToken = default)
    {
        var failures = new List<string>();
        var reference = await judge.JudgeAsync(problem, problem.Reference, allTests: true, cancellationToken);
        if (reference.Verdict != Verdict.Accepted)
        {
            failures.Add($"solution.py: {reference.Summary} {reference.Tests.FirstOrDefault(t => t.Status != TestStatus.Passed)?.Difference} {reference.Traceback}".TrimEnd());
        }

        foreach (var (name, source) in problem.WrongSolutions.Select(w => ($"wrong/{w.Name}", w.Source)).Append(("starter.py", problem.Starter)))
        {
            var report = await judge.JudgeAsync(problem, source, allTests: true, cancellationToken);
            if (report.Verdict == Verdict.Accepted)
            {
                failures.Add($"{name} is accepted: the tests do not catch its mistake");
            }
        }

        return failures;
    }
}
