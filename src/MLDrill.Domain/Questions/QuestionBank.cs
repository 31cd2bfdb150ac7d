namespace MLDrill.Domain.Questions;

/// <summary>The loaded questions, in study order (area order of the seed, then difficulty, then id).</summary>
public sealed class QuestionBank
{
    private readonly Dictionary<string, Question> _byId;

    public QuestionBank(IEnumerable<Question> questions)
    {
        InStudyOrder = questions
            .DistinctBy(q => q.Id)
            .OrderBy(q => q.Area.Order)
            .ThenBy(q => q.Difficulty)
            .ThenBy(q => q.Id, StringComparer.Ordinal)
            .ToList();
        _byId = InStudyOrder.ToDictionary(q => q.Id);
        Ids = InStudyOrder.Select(q => q.Id).ToList();
    }

    public static QuestionBank Empty { get; } = new([]);

    public IReadOnlyList<Question> InStudyOrder { get; }

    /// <summary>The questions' ids in study order.</summary>
    public IReadOnlyList<string> Ids { get; }

    public int Count => InStudyOrder.Count;

    public Question? Find(string id) => _byId.GetValueOrDefault(id);
}
