using Microsoft.AspNetCore.Identity;
using MLDrill.Domain.Planning;
using MLDrill.Domain.Practice;
using MLDrill.Domain.Scheduling;
using MLDrill.Domain.Scheduling.Fsrs;

namespace MLDrill.Infrastructure.Data;

/// <summary>An account, with the practice settings that belong to it.</summary>
public sealed class AppUser : IdentityUser
{
    public int DailyTarget { get; set; } = PracticeSettings.DefaultDailyTarget;

    /// <summary>IANA time zone id; "today" starts at midnight there.</summary>
    public string TimeZoneId { get; set; } = "UTC";

    /// <summary>Extra questions asked for on <see cref="ExtraQuestionsDate"/> beyond the daily target.</summary>
    public int ExtraQuestions { get; set; }

    public DateOnly? ExtraQuestionsDate { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>The local date the current plan started: set at sign-up and whenever the plan settings change.</summary>
    public DateOnly PlanStart { get; set; }

    /// <summary>The interview date; null means the seed's four weeks from <see cref="PlanStart"/>.</summary>
    public DateOnly? InterviewDate { get; set; }

    /// <summary>Whether the user has chosen plan settings (else the plan page asks for them).</summary>
    public bool PlanConfigured { get; set; }

    /// <summary>Weekdays the user cannot study, as a bit mask (bit n = <see cref="DayOfWeek"/> n).</summary>
    public int WeekdaysOff { get; set; }

    /// <summary>Dates the user cannot study, ISO yyyy-MM-dd, comma separated.</summary>
    public string DatesOff { get; set; } = "";

    /// <summary>The weekday the notebook's weekly revisit comes in the session.</summary>
    public DayOfWeek NotebookRevisitDay { get; set; } = DayOfWeek.Sunday;

    /// <summary>Topics the user asked to practise on <see cref="FocusDate"/>, comma separated.</summary>
    public string FocusTopics { get; set; } = "";

    public DateOnly? FocusDate { get; set; }
}

/// <summary>The scheduling state of one question for one user.</summary>
public sealed class Card
{
    public long Id { get; set; }
    public required string UserId { get; set; }
    public required string QuestionId { get; set; }
    public CardPhase Phase { get; set; }
    public int Step { get; set; }
    public double? Stability { get; set; }
    public double? Difficulty { get; set; }
    public DateTimeOffset Due { get; set; }
    public DateTimeOffset? LastReview { get; set; }
    public int Reps { get; set; }
    public int Lapses { get; set; }

    // How the user does on the question lately (RecentPerformance), kept here so topic standings need no review logs.
    public double RecentWeight { get; set; }
    public double RecentGradeSum { get; set; }
    public double RecentCoverageWeight { get; set; }
    public double RecentCoverageSum { get; set; }
    public DateTimeOffset? RecentAt { get; set; }

    public RecentPerformance ToRecent() => new(RecentWeight, RecentGradeSum, RecentCoverageWeight, RecentCoverageSum, RecentAt);

    public void Apply(RecentPerformance recent)
    {
        RecentWeight = recent.Weight;
        RecentGradeSum = recent.GradeSum;
        RecentCoverageWeight = recent.CoverageWeight;
        RecentCoverageSum = recent.CoverageSum;
        RecentAt = recent.At;
    }

    public CardState ToState() => new(Phase, Step,
        Stability is { } s && Difficulty is { } d ? new MemoryState(s, d) : null, Due, LastReview, Reps, Lapses);

    public void Apply(CardState state)
    {
        Phase = state.Phase;
        Step = state.Step;
        Stability = state.Memory?.Stability;
        Difficulty = state.Memory?.Difficulty;
        Due = state.Due;
        LastReview = state.LastReview;
        Reps = state.Reps;
        Lapses = state.Lapses;
    }
}

/// <summary>A typed (or spoken) answer that was revealed and waits for, or has received, a rating.</summary>
public sealed class Attempt
{
    public long Id { get; set; }
    public required string UserId { get; set; }
    public required string QuestionId { get; set; }
    public DateTimeOffset ShownAt { get; set; }
    public DateTimeOffset RevealedAt { get; set; }
    public string Answer { get; set; } = "";
    public bool AnsweredOutLoud { get; set; }

    /// <summary>Share of rubric key points the typed answer covered; null when answered out loud.</summary>
    public double? Coverage { get; set; }

    public long? ReviewLogId { get; set; }
}

/// <summary>
/// One review, with the card state before and after, so history can be replayed, undone, and used to fit parameters.
/// </summary>
public sealed class ReviewLog
{
    public long Id { get; set; }
    public required string UserId { get; set; }
    public required string QuestionId { get; set; }
    public long AttemptId { get; set; }
    public DateTimeOffset ReviewedAt { get; set; }

    /// <summary>
    /// The date of <see cref="ReviewedAt"/> in the user's time zone when they reviewed, stored so the plan and the
    /// dashboard can group reviews by day in the database.
    /// </summary>
    public DateOnly LocalDay { get; set; }

    public Rating Rating { get; set; }
    public double ElapsedDays { get; set; }
    public double ScheduledDays { get; set; }
    public double? RetrievabilityBefore { get; set; }
    public bool CardWasNew { get; set; }
    public CardPhase PhaseBefore { get; set; }
    public int StepBefore { get; set; }
    public double? StabilityBefore { get; set; }
    public double? DifficultyBefore { get; set; }
    public DateTimeOffset DueBefore { get; set; }
    public DateTimeOffset? LastReviewBefore { get; set; }
    public int RepsBefore { get; set; }
    public int LapsesBefore { get; set; }
    public CardPhase PhaseAfter { get; set; }
    public double? StabilityAfter { get; set; }
    public double? DifficultyAfter { get; set; }
    public DateTimeOffset DueAfter { get; set; }
    public string Answer { get; set; } = "";
    public bool AnsweredOutLoud { get; set; }
    public double? Coverage { get; set; }
    public double DurationSeconds { get; set; }
    public string? ReflectionExplain { get; set; }
    public string? ReflectionAssumptions { get; set; }
    public string? ReflectionBetterApproach { get; set; }

    public CardState StateBefore() => new(PhaseBefore, StepBefore,
        StabilityBefore is { } s && DifficultyBefore is { } d ? new MemoryState(s, d) : null,
        DueBefore, LastReviewBefore, RepsBefore, LapsesBefore);
}

public enum NotebookSource
{
    Manual,
    LowRating,
    LowCoverage,

    /// <summary>A coding problem the user failed and chose to keep; its id is <c>problem:&lt;id&gt;</c>.</summary>
    FailedProblem,
}

/// <summary>A question the user keeps in their notebook of tricky questions, with their own notes.</summary>
public sealed class NotebookEntry
{
    public long Id { get; set; }
    public required string UserId { get; set; }
    public required string QuestionId { get; set; }
    public string Note { get; set; } = "";
    public NotebookSource Source { get; set; }
    public DateTimeOffset AddedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>When the question was last answered again after it entered the notebook.</summary>
    public DateTimeOffset? RevisitedAt { get; set; }

    /// <summary>Set when the user marks the entry understood: it leaves the weekly revisit.</summary>
    public DateTimeOffset? UnderstoodAt { get; set; }
}

public enum SubmissionMode
{
    /// <summary>The visible tests only, to see what differs.</summary>
    Run,

    /// <summary>Every test, hidden ones included: the attempt that counts.</summary>
    Submit,
}

public enum SubmissionState
{
    Queued,
    Running,
    Done,
}

/// <summary>Code sent to the judge: queued in the database, claimed by one worker, then holding its report.</summary>
public sealed class Submission
{
    public long Id { get; set; }
    public required string UserId { get; set; }
    public required string ProblemId { get; set; }
    public SubmissionMode Mode { get; set; }
    public required string Source { get; set; }
    public SubmissionState State { get; set; }

    /// <summary>The worker that claimed it; a claim left by a dead worker is released after a while.</summary>
    public string? ClaimedBy { get; set; }

    public Domain.Coding.Verdict? Verdict { get; set; }
    public string? Summary { get; set; }

    /// <summary>The <see cref="Domain.Coding.JudgeReport"/> as JSON: hidden tests already stripped of their values.</summary>
    public string? ReportJson { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? StartedAt { get; set; }
    public DateTimeOffset? FinishedAt { get; set; }
}

/// <summary>
/// One user's practice on one local day, kept up to date as reviews are logged and undone, so the plan, the
/// heatmap and the totals read a row per day instead of every review.
/// </summary>
public sealed class DailyActivity
{
    public required string UserId { get; set; }
    public DateOnly Day { get; set; }

    /// <summary>Distinct questions reviewed that day.</summary>
    public int Questions { get; set; }

    public int Reviews { get; set; }
}
