namespace MLDrill.Domain.Content;

/// <summary>Something wrong with a content file, located as <c>file:line</c> for editors and CI logs.</summary>
public sealed record ContentProblem(string File, int Line, string Message)
{
    public override string ToString() => $"{File}:{Line}: {Message}";
}
