namespace MLDrill.Domain.Practice;

/// <summary>The seed's daily habit: "ideally 6 to 10 each day".</summary>
public static class PracticeSettings
{
    public const int MinDailyTarget = 6;
    public const int MaxDailyTarget = 10;
    public const int DefaultDailyTarget = 8;

    /// <summary>How many more questions one "practise more" asks for, and the most a day may add.</summary>
    public const int ExtraBatch = 4;
    public const int MaxExtraPerDay = 40;

    public const int MaxAnswerLength = 20_000;
    public const int MaxReflectionLength = 2_000;
    public const int MaxNoteLength = 20_000;
}
