namespace MLDrill.Domain.Questions;

/// <summary>One idea an interviewer ticks off, with the phrases that show an answer made it.</summary>
public sealed record KeyPoint(string Point, IReadOnlyList<string> Evidence);

public sealed record CommonMistake(string Mistake, string Correction);

/// <summary>A question an interviewer would ask next; <see cref="QuestionId"/> links to the bank when it answers it.</summary>
public sealed record FollowUp(string Text, string? QuestionId);

/// <summary>An interview question with its model answer and rubric. Markdown fields are raw Markdown.</summary>
public sealed record Question
{
    public required string Id { get; init; }
    public required string Title { get; init; }
    public required Area Area { get; init; }
    public required IReadOnlyList<string> Topics { get; init; }
    public required QuestionKind Kind { get; init; }
    public required Difficulty Difficulty { get; init; }
    public bool IsSeed { get; init; }
    public required string PromptMarkdown { get; init; }
    public required string AnswerMarkdown { get; init; }
    public required IReadOnlyList<KeyPoint> KeyPoints { get; init; }
    public IReadOnlyList<CommonMistake> Mistakes { get; init; } = [];
    public IReadOnlyList<FollowUp> FollowUps { get; init; } = [];

    /// <summary>Where the question came from (a content file path), for messages.</summary>
    public string Source { get; init; } = "";
}
