namespace MLDrill.Domain.Questions;

/// <summary>How the bank is spread over areas, kinds, difficulties and topics, for authors and the README.</summary>
public sealed record BankStatistics(
    int Total,
    IReadOnlyDictionary<string, int> ByArea,
    IReadOnlyDictionary<string, int> ByKind,
    IReadOnlyDictionary<string, int> ByDifficulty,
    IReadOnlyDictionary<string, int> ByTopic,
    int SeedQuestions)
{
    /// <summary>Every known area, kind and difficulty appears, with 0 where the bank has none; topics as used.</summary>
    public static BankStatistics Of(QuestionBank bank)
    {
        var questions = bank.InStudyOrder;
        return new BankStatistics(
            questions.Count,
            Area.All.ToDictionary(a => a.Id, a => questions.Count(q => q.Area == a)),
            Enum.GetValues<QuestionKind>().ToDictionary(ContentNames.Name, k => questions.Count(q => q.Kind == k)),
            Enum.GetValues<Difficulty>().ToDictionary(ContentNames.Name, d => questions.Count(q => q.Difficulty == d)),
            questions.SelectMany(q => q.Topics).GroupBy(t => t).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Count()),
            questions.Count(q => q.IsSeed));
    }
}
