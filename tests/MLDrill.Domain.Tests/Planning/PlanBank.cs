using MLDrill.Domain.Questions;

namespace MLDrill.Domain.Tests.Planning;

/// <summary>A small bank for planner tests: questions in every area, with the topics given or one named after the area.</summary>
internal static class PlanBank
{
    public static QuestionBank Create(int perArea = 12) => new(Area.All.SelectMany(area => Enumerable.Range(1, perArea).Select(i => Question(area, i))));

    public static Question Question(Area area, int number, params string[] topics) => new()
    {
        Id = $"{area.Id}-{number:00}",
        Title = $"{area.Title} {number}",
        Area = area,
        Topics = topics.Length > 0 ? topics : [area.Id],
        Kind = QuestionKind.Concept,
        Difficulty = (Difficulty)(number % 3),
        PromptMarkdown = "Prompt",
        AnswerMarkdown = "Answer",
        KeyPoints = [new KeyPoint("Point", ["evidence"])],
    };
}
