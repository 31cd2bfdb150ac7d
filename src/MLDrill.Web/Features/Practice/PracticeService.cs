using Microsoft.EntityFrameworkCore;
using MLDrill.Domain.Grading;
using MLDrill.Domain.Planning;
using MLDrill.Domain.Practice;
using MLDrill.Domain.Questions;
using MLDrill.Domain.Scheduling;
using MLDrill.Infrastructure.Data;
using MLDrill.Web.Features.Notebook;
using MLDrill.Web.Features.Plan;
using MLDrill.Web.Hosting;

namespace MLDrill.Web.Features.Practice;

/// <summary>Today's queue for the page header and the API.</summary>
public sealed record TodayView(
    IReadOnlyList<QueueItem> Queue,
    int Target,
    int DoneToday,
    IReadOnlyList<TodayReview> ReviewsToday,
    DateOnly Day,
    DateTimeOffset EndOfDay,
    DateTimeOffset? NextLearningStep,
    IReadOnlyList<StudyTheme> Themes,
    bool PlanConfigured);

public sealed record TodayReview(string QuestionId, string Title, Rating Rating, double DurationSeconds, DateTimeOffset NextDue, DateTimeOffset ReviewedAt);

public enum RateResult
{
    Rated,
    NotFound,
    AlreadyRated,
}

/// <summary>The practice loop: what comes next, revealing an answer, rating it, undoing the last rating.</summary>
public sealed class PracticeService(
    AppDbContext db, ContentCatalog content, FsrsScheduler scheduler, StudyPlanner planner, NotebookService notebook, TodayViewCache cache, TimeProvider clock)
{
    public QuestionBank Bank => content.Bank;

    public DateTimeOffset Now => clock.GetUtcNow();

    public async Task<TodayView> GetTodayAsync(string userId, CancellationToken cancellationToken = default)
    {
        var now = Now;
        if (cache.Find(userId, now) is { } cached)
        {
            return cached;
        }

        var version = cache.Version(userId);
        var view = await ReadTodayAsync(userId, now, cancellationToken);
        var validUntil = new[] { view.EndOfDay, view.NextLearningStep ?? view.EndOfDay, now + TodayViewCache.MaxAge }.Min();
        cache.Store(userId, view, validUntil, version);
        return view;
    }

    private async Task<TodayView> ReadTodayAsync(string userId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var user = await db.Users.AsNoTracking().SingleAsync(u => u.Id == userId, cancellationToken);
        var (day, start, end) = LocalDay(user, now);
        var zone = FindZone(user.TimeZoneId);

        var reviewsToday = await db.ReviewLogs.AsNoTracking()
            .Where(r => r.UserId == userId && r.ReviewedAt >= start && r.ReviewedAt < end)
            .OrderBy(r => r.ReviewedAt)
            .Select(r => new { r.QuestionId, r.Rating, r.DurationSeconds, r.DueAfter, r.ReviewedAt, r.CardWasNew })
            .ToListAsync(cancellationToken);
        var reviewedIds = reviewsToday.Select(r => r.QuestionId).ToHashSet();
        var newToday = reviewsToday.Where(r => r.CardWasNew).Select(r => r.QuestionId).ToHashSet();

        // Only the bank's questions can be shown; cards of retired questions never need loading. One narrow read
        // serves the due reviews, the questions seen, the topic standings and the weak topics' early reviews.
        var cards = await db.Cards.AsNoTracking()
            .OfUserOn(userId, Bank.Ids)
            .Select(NarrowCard)
            .ToListAsync(cancellationToken);
        var dueCards = cards.Where(c => c.Due < end).ToList();
        var seen = cards.Select(c => c.QuestionId).ToHashSet();

        // Weak topics, and any the user chose to practise today, bring new questions forward and reviews earlier.
        var weakTopics = StudyPlanner.WeakTopics(PlanService.Standings(Bank, cards, now));
        if (user.FocusDate == day)
        {
            weakTopics.UnionWith(user.FocusTopics.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        }

        var weakIds = Bank.InStudyOrder.Where(q => q.Topics.Any(weakTopics.Contains)).Select(q => q.Id).ToHashSet();
        var notYetDue = cards.Where(c => c.Due >= end && weakIds.Contains(c.QuestionId)).ToList();

        var target = user.DailyTarget + (user.ExtraQuestionsDate == day ? user.ExtraQuestions : 0);
        // New questions are ordered as at the start of the day, so the day's mix of areas holds as it is worked through.
        var seenBeforeToday = seen.Where(id => !newToday.Contains(id)).ToHashSet();
        var plan = planner.ForToday(
            PlanService.SettingsOf(user), day, Bank, seenBeforeToday,
            notYetDue.Select(c => new PlanCard(c.QuestionId, c.ToState(), DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(c.Due, zone).DateTime))),
            weakTopics, target);

        // A weak topic's card that is back early counts as due from the start of today.
        var early = notYetDue.Where(c => plan.EarlyReviewIds.Contains(c.QuestionId)).Select(c => (Card: c, Due: start));
        var snapshots = dueCards.Select(c => (Card: c, c.Due)).Concat(early)
            .Where(c => Bank.Find(c.Card.QuestionId) is not null)
            .Select(c => new CardSnapshot(c.Card.QuestionId, c.Card.Phase, c.Due, scheduler.Retrievability(c.Card.ToState(), now)));
        var revisits = day.DayOfWeek == user.NotebookRevisitDay ? await notebook.DueForRevisitAsync(userId, now, cancellationToken) : [];
        var queue = TodayQueue.Build(
            snapshots, plan.NewQuestionOrder, reviewedIds, target, now, end,
            plan.ReviewSlots, reviewedIds.Count(id => !newToday.Contains(id)), [.. revisits.Where(id => Bank.Find(id) is not null)]);

        var reviews = reviewsToday
            .Select(r => new TodayReview(r.QuestionId, Bank.Find(r.QuestionId)?.Title ?? r.QuestionId, r.Rating, r.DurationSeconds, r.DueAfter, r.ReviewedAt))
            .ToList();
        // Learning steps (1 and 10 minutes) bring a question back within the session; say when.
        var nextStep = dueCards
            .Where(c => c.Phase is CardPhase.Learning or CardPhase.Relearning && c.Due > now && reviewedIds.Contains(c.QuestionId))
            .Select(c => (DateTimeOffset?)c.Due)
            .Min();
        return new TodayView(queue, target, reviewedIds.Count, reviews, day, end, nextStep, plan.Themes, user.PlanConfigured);
    }

    private static readonly System.Linq.Expressions.Expression<Func<Card, Card>> NarrowCard = c => new Card
    {
        UserId = c.UserId,
        QuestionId = c.QuestionId,
        Phase = c.Phase,
        Step = c.Step,
        Stability = c.Stability,
        Difficulty = c.Difficulty,
        Due = c.Due,
        LastReview = c.LastReview,
        RecentWeight = c.RecentWeight,
        RecentGradeSum = c.RecentGradeSum,
        RecentCoverageWeight = c.RecentCoverageWeight,
        RecentCoverageSum = c.RecentCoverageSum,
        RecentAt = c.RecentAt,
    };

    /// <summary>Stores a revealed answer with its rubric coverage; returns the attempt id.</summary>
    public async Task<long> RevealAsync(string userId, Question question, string answer, bool answeredOutLoud, DateTimeOffset? shownAt, CancellationToken cancellationToken = default)
    {
        var now = Now;
        var typed = answer.Trim();
        var outLoud = answeredOutLoud || typed.Length == 0;
        var attempt = new Attempt
        {
            UserId = userId,
            QuestionId = question.Id,
            RevealedAt = now,
            // The client's clock decides nothing beyond its own answer time, and only within sane bounds.
            ShownAt = shownAt is { } shown && shown <= now && shown > now.AddHours(-3) ? shown : now,
            Answer = typed,
            AnsweredOutLoud = outLoud,
            Coverage = outLoud ? null : RubricGrader.Grade(typed, question.KeyPoints).Fraction,
        };
        db.Attempts.Add(attempt);
        await db.SaveChangesAsync(cancellationToken);
        return attempt.Id;
    }

    public Task<Attempt?> FindAttemptAsync(string userId, long attemptId, CancellationToken cancellationToken = default) =>
        db.Attempts.AsNoTracking().SingleOrDefaultAsync(a => a.Id == attemptId && a.UserId == userId, cancellationToken);

    public async Task<CardState> CardStateAsync(string userId, string questionId, CancellationToken cancellationToken = default)
    {
        var card = await db.Cards.AsNoTracking().SingleOrDefaultAsync(c => c.UserId == userId && c.QuestionId == questionId, cancellationToken);
        return card?.ToState() ?? CardState.New(Now);
    }

    public int FuzzSeed(string userId, string questionId, int reps) =>
        StableHash($"{userId}/{questionId}/{reps}");

    public async Task<RateResult> RateAsync(string userId, long attemptId, Rating rating, Reflections reflections, CancellationToken cancellationToken = default)
    {
        var attempt = await db.Attempts.SingleOrDefaultAsync(a => a.Id == attemptId && a.UserId == userId, cancellationToken);
        if (attempt is null)
        {
            return RateResult.NotFound;
        }

        if (attempt.ReviewLogId is not null)
        {
            return RateResult.AlreadyRated;
        }

        var now = Now;
        var zoneId = await db.Users.Where(u => u.Id == userId).Select(u => u.TimeZoneId).SingleAsync(cancellationToken);
        var card = await db.Cards.SingleOrDefaultAsync(c => c.UserId == userId && c.QuestionId == attempt.QuestionId, cancellationToken);
        var isNew = card is null;
        card ??= db.Cards.Add(new Card { UserId = userId, QuestionId = attempt.QuestionId }).Entity;
        var before = isNew ? CardState.New(now) : card.ToState();
        var outcome = scheduler.Review(before, rating, now, FuzzSeed(userId, attempt.QuestionId, before.Reps));
        card.Apply(outcome.After);
        card.Apply(card.ToRecent().Add(now, rating, attempt.Coverage));

        var log = new ReviewLog
        {
            UserId = userId,
            QuestionId = attempt.QuestionId,
            AttemptId = attempt.Id,
            ReviewedAt = now,
            LocalDay = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, FindZone(zoneId)).DateTime),
            Rating = rating,
            ElapsedDays = before.LastReview is { } last ? (now - last).TotalDays : 0,
            ScheduledDays = outcome.ScheduledDays,
            RetrievabilityBefore = outcome.RetrievabilityBefore,
            CardWasNew = isNew,
            PhaseBefore = before.Phase,
            StepBefore = before.Step,
            StabilityBefore = before.Memory?.Stability,
            DifficultyBefore = before.Memory?.Difficulty,
            DueBefore = before.Due,
            LastReviewBefore = before.LastReview,
            RepsBefore = before.Reps,
            LapsesBefore = before.Lapses,
            PhaseAfter = outcome.After.Phase,
            StabilityAfter = outcome.After.Memory?.Stability,
            DifficultyAfter = outcome.After.Memory?.Difficulty,
            DueAfter = outcome.After.Due,
            Answer = attempt.Answer,
            AnsweredOutLoud = attempt.AnsweredOutLoud,
            Coverage = attempt.Coverage,
            DurationSeconds = Math.Max(0, (attempt.RevealedAt - attempt.ShownAt).TotalSeconds),
            ReflectionExplain = reflections.Explain,
            ReflectionAssumptions = reflections.Assumptions,
            ReflectionBetterApproach = reflections.BetterApproach,
        };
        db.ReviewLogs.Add(log);
        await CountActivityAsync(userId, log.QuestionId, log.LocalDay, +1, cancellationToken);
        await notebook.TrackReviewAsync(userId, attempt.QuestionId, rating, attempt.Coverage, now, cancellationToken);

        // The log's id exists only after it is inserted; one transaction keeps log, card and attempt in step.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // A double submit raced this one past the check above; the unique attempt index kept one review.
            return RateResult.AlreadyRated;
        }

        attempt.ReviewLogId = log.Id;
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        cache.Invalidate(userId);
        return RateResult.Rated;
    }

    /// <summary>
    /// Keeps the day's activity row in step with a review logged (+1) or undone (-1): a question counts once a
    /// day, so the question count changes only for the day's first review of it (or when its last one goes).
    /// </summary>
    private async Task CountActivityAsync(string userId, string questionId, DateOnly day, int change, CancellationToken cancellationToken, long? undone = null)
    {
        var activity = await db.DailyActivities.FindAsync([userId, day], cancellationToken);
        if (activity is null)
        {
            activity = db.DailyActivities.Add(new DailyActivity { UserId = userId, Day = day }).Entity;
        }

        var others = await db.ReviewLogs.AnyAsync(r => r.UserId == userId && r.QuestionId == questionId && r.LocalDay == day && r.Id != undone, cancellationToken);
        activity.Reviews = Math.Max(0, activity.Reviews + change);
        if (!others)
        {
            activity.Questions = Math.Max(0, activity.Questions + change);
        }
    }

    /// <summary>Takes back the user's last rating; returns the attempt to rate again, or null if there is none.</summary>
    public async Task<long?> UndoLastAsync(string userId, CancellationToken cancellationToken = default)
    {
        var log = await db.ReviewLogs.Where(r => r.UserId == userId).OrderByDescending(r => r.ReviewedAt).ThenByDescending(r => r.Id).FirstOrDefaultAsync(cancellationToken);
        if (log is null)
        {
            return null;
        }

        var card = await db.Cards.SingleOrDefaultAsync(c => c.UserId == userId && c.QuestionId == log.QuestionId, cancellationToken);
        if (card is not null)
        {
            if (log.CardWasNew)
            {
                db.Cards.Remove(card);
            }
            else
            {
                card.Apply(log.StateBefore());
                card.Apply(await RecentPerformanceStore.FromLogsAsync(db, userId, log.QuestionId, exceptLogId: log.Id, cancellationToken));
            }
        }

        var attempt = await db.Attempts.SingleOrDefaultAsync(a => a.Id == log.AttemptId && a.UserId == userId, cancellationToken);
        if (attempt is not null)
        {
            attempt.ReviewLogId = null;
        }

        await notebook.UntrackReviewAsync(userId, log.QuestionId, log.ReviewedAt, cancellationToken);
        db.ReviewLogs.Remove(log);
        await CountActivityAsync(userId, log.QuestionId, log.LocalDay, -1, cancellationToken, undone: log.Id);
        await db.SaveChangesAsync(cancellationToken);
        cache.Invalidate(userId);
        return attempt?.Id;
    }

    /// <summary>Adds a batch of questions to today; with <paramref name="focusTopics"/>, those topics come first today.</summary>
    public async Task AskForMoreAsync(string userId, IReadOnlyList<string>? focusTopics = null, CancellationToken cancellationToken = default)
    {
        var user = await db.Users.SingleAsync(u => u.Id == userId, cancellationToken);
        var (day, _, _) = LocalDay(user, Now);
        if (focusTopics is not null)
        {
            user.FocusTopics = string.Join(',', focusTopics.Distinct().Take(5));
            user.FocusDate = day;
        }

        var extra = user.ExtraQuestionsDate == day ? user.ExtraQuestions : 0;
        user.ExtraQuestions = Math.Min(PracticeSettings.MaxExtraPerDay, extra + PracticeSettings.ExtraBatch);
        user.ExtraQuestionsDate = day;
        await db.SaveChangesAsync(cancellationToken);
        cache.Invalidate(userId);
    }

    /// <summary>The user's calendar day at <paramref name="now"/> and its bounds as instants.</summary>
    public static (DateOnly Day, DateTimeOffset Start, DateTimeOffset End) LocalDay(AppUser user, DateTimeOffset now)
    {
        var zone = FindZone(user.TimeZoneId);
        var day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
        return (day, StartOfDay(zone, day), StartOfDay(zone, day.AddDays(1)));
    }

    /// <summary>The instant local midnight begins <paramref name="day"/> in <paramref name="zone"/>.</summary>
    public static DateTimeOffset StartOfDay(TimeZoneInfo zone, DateOnly day)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var midnight = day.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(midnight, zone.GetUtcOffset(midnight)).ToUniversalTime();
    }

    public static TimeZoneInfo FindZone(string id) =>
        TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : TimeZoneInfo.Utc;

    private static int StableHash(string text)
    {
        // FNV-1a: string.GetHashCode is randomised per process, and fuzz must replay the same way.
        unchecked
        {
            var hash = 2166136261;
            foreach (var c in text)
            {
                hash = (hash ^ c) * 16777619;
            }

            return (int)hash;
        }
    }
}

/// <summary>The seed's three questions to ask of every answer, with the user's optional short replies.</summary>
public sealed record Reflections(string? Explain, string? Assumptions, string? BetterApproach);
