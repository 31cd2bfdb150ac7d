namespace MLDrill.Domain.Questions;

public enum QuestionKind
{
    Concept,
    Derivation,
    TradeOff,
    CaseStudy,
    Coding,
    SystemDesign,
    Library,
}

public enum Difficulty
{
    Easy,
    Medium,
    Hard,
}

/// <summary>The spelling of kinds and difficulties in content files.</summary>
public static class ContentNames
{
    private static readonly Dictionary<string, QuestionKind> Kinds = new()
    {
        ["concept"] = QuestionKind.Concept,
        ["derivation"] = QuestionKind.Derivation,
        ["trade-off"] = QuestionKind.TradeOff,
        ["case-study"] = QuestionKind.CaseStudy,
        ["coding"] = QuestionKind.Coding,
        ["system-design"] = QuestionKind.SystemDesign,
        ["library"] = QuestionKind.Library,
    };

    private static readonly Dictionary<string, Difficulty> Difficulties = new()
    {
        ["easy"] = Difficulty.Easy,
        ["medium"] = Difficulty.Medium,
        ["hard"] = Difficulty.Hard,
    };

    public static IReadOnlyCollection<string> KindNames => Kinds.Keys;

    public static IReadOnlyCollection<string> DifficultyNames => Difficulties.Keys;

    public static bool TryParseKind(string? name, out QuestionKind kind) =>
        Kinds.TryGetValue(name ?? "", out kind);

    public static bool TryParseDifficulty(string? name, out Difficulty difficulty) =>
        Difficulties.TryGetValue(name ?? "", out difficulty);

    public static string Name(QuestionKind kind) => Kinds.First(k => k.Value == kind).Key;

    public static string Name(Difficulty difficulty) => Difficulties.First(d => d.Value == difficulty).Key;
}
