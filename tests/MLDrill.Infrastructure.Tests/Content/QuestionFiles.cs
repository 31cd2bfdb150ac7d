namespace MLDrill.Infrastructure.Tests.Content;

/// <summary>Builds question files in a temporary content folder; each test edits one valid file to break one rule.</summary>
public sealed class QuestionFiles : IDisposable
{
    public const string Valid = """
        ---
        id: l1-vs-l2
        title: L1 vs L2 regularization
        area: core-concepts
        topics: [regularization]
        kind: trade-off
        difficulty: medium
        key_points:
          - point: L1 drives weights exactly to zero
            evidence: ["exactly zero", "sparse"]
          - point: L2 shrinks weights smoothly
            evidence: ["shrink*"]
          - point: L2 corresponds to a Gaussian prior
            evidence: ["gaussian prior"]
        mistakes:
          - mistake: Saying L2 is sparse.
            correction: L2 shrinks but rarely reaches exactly zero.
          - mistake: Forgetting to scale features.
            correction: Penalties compare coefficients, so scale first.
        follow_ups:
          - text: What is elastic net?
          - text: Why does L1 give corners?
        ---

        ## Prompt

        What is the difference between L1 and L2 regularization?

        ## Answer

        L1 makes the solution sparse: many weights are exactly zero. L2 shrinks all weights and is a Gaussian prior.
        """;

    public QuestionFiles()
    {
        Root = Path.Combine(Path.GetTempPath(), "mldrill-content-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(Root, "questions"));
    }

    public string Root { get; }

    public string Write(string area, string name, string text)
    {
        var dir = Path.Combine(Root, "questions", area);
        Directory.CreateDirectory(dir);
        var path = Path.Combine(dir, name);
        File.WriteAllText(path, text.ReplaceLineEndings("\n"));
        return path;
    }

    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }
}
