using System.Globalization;
using MLDrill.Domain.Questions;
using MLDrill.Domain.Scheduling;

namespace MLDrill.Domain.Planning;

/// <summary>
/// Lays the seed's four themes over the days before the interview and plans each day's new questions and
/// reviews within the daily target. Re-planning is the same computation on a newer history: missed days
/// never pile up (reviews per day are capped so new questions keep coming, and the rest wait, oldest first),
/// and weak topics get their new questions first and their reviews earlier.
/// </summary>
public sealed class StudyPlanner(FsrsScheduler scheduler)
{
    /// <summary>Cards on weak topics come back when recall falls to this, instead of the desired retention.</summary>
    public const double WeakTopicRetention = 0.95;

    /// <summary>How many questions from weak topics outside the day's themes may jump the queue of new ones.</summary>
    public const int WeakTopicsFromOtherAreas = 2;

    /// <summary>The themes of each planned date; a day off has none.</summary>
    public static IReadOnlyDictionary<DateOnly, IReadOnlyList<StudyTheme>> ThemesByDate(PlanSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var dates = settings.Dates().ToList();
        var studyDays = dates.Where(settings.IsStudyDay).ToList();
        var themes = dates.Count > PlanSettings.LongPlanDays
            ? StudyThemes.All.Select(t => t.Theme).ToList()
            : StudyThemes.All.Where(t => t.Theme != StudyTheme.Consolidation).Select(t => t.Theme).ToList();

        var byDate = dates.ToDictionary(d => d, _ => (IReadOnlyList<StudyTheme>)[]);
        var lengths = StretchLengths(studyDays.Count, dates.Count, themes.Count);
        if (lengths is null)
        {
            // Fewer study days than themes: every theme still gets a day, several sharing one.
            for (var k = 0; k < themes.Count; k++)
            {
                var date = studyDays[k * studyDays.Count / themes.Count];
                byDate[date] = [.. byDate[date], themes[k]];
            }

            return byDate;
        }

        var index = 0;
        for (var k = 0; k < themes.Count; k++)
        {
            for (var i = 0; i < lengths[k]; i++)
            {
                byDate[studyDays[index++]] = [themes[k]];
            }
        }

        return byDate;
    }

    /// <summary>
    /// Study days per theme, in order, or null when there are fewer days than themes. Up to five weeks the four
    /// themes share the days evenly; a longer plan gives the last two stretches (consolidation, then mocks) about
    /// a week each and stretches the first three over the rest.
    /// </summary>
    private static int[]? StretchLengths(int studyDays, int calendarDays, int themes)
    {
        if (studyDays < themes)
        {
            return null;
        }

        var lengths = new int[themes];
        var spread = themes;
        var left = studyDays;
        if (themes == 5)
        {
            var week = Math.Clamp((int)Math.Round(studyDays * 7.0 / calendarDays), 1, (studyDays - 3) / 2);
            lengths[3] = lengths[4] = week;
            spread = 3;
            left -= 2 * week;
        }

        for (var k = 0; k < spread; k++)
        {
            lengths[k] = left / spread + (k < left % spread ? 1 : 0);
        }

        return lengths;
    }

    /// <summary>What today's queue needs: review slots, the order of new questions, early reviews of weak topics.</summary>
    /// <param name="settings">The user's plan, or null for none: reviews first, new questions in study order.</param>
    /// <param name="seen">Questions the user has a card for.</param>
    /// <param name="cards">Cards that may come back early: those on <paramref name="weakTopics"/> (others are ignored).</param>
    /// <param name="weakTopics">Weak topics (<see cref="WeakTopics"/>) and any the user chose to practise today.</param>
    /// <param name="target">Today's target, extra questions included.</param>
    public TodayPlan ForToday(
        PlanSettings? settings, DateOnly today, QuestionBank bank, IReadOnlySet<string> seen,
        IEnumerable<PlanCard> cards, IReadOnlySet<string> weakTopics, int target)
    {
        ArgumentNullException.ThrowIfNull(bank);
        ArgumentNullException.ThrowIfNull(cards);
        var themes = settings is null ? [] : ThemesOn(settings, today);
        var order = NewQuestionOrder(bank, themes, weakTopics, seen, today).Select(q => q.Id).ToList();
        var minNew = Math.Min(MinNewPerDay(themes), order.Count);
        var early = cards
            .Where(c => c.DueDate > today && EffectiveDue(c, bank, weakTopics) <= today)
            .Select(c => c.QuestionId)
            .ToHashSet(StringComparer.Ordinal);
        return new TodayPlan(themes, Math.Max(0, target - minNew), order, early);
    }

    /// <summary>The whole plan, with the days ahead simulated as if every review went well (rated Good).</summary>
    public StudyPlan Build(PlanInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var settings = input.Settings;
        var themesByDate = ThemesByDate(settings);
        var weak = WeakTopics(input.Topics);
        var cards = input.Cards.ToDictionary(c => c.QuestionId, StringComparer.Ordinal);
        // Each card's effective due date, kept current as the simulation reviews it: one pass per day finds what is due.
        var dueOn = cards.Values.ToDictionary(c => c.QuestionId, c => EffectiveDue(c, input.Bank, weak), StringComparer.Ordinal);
        var days = new List<PlanDay>();

        foreach (var date in settings.Dates().Where(d => d < input.Today))
        {
            var reviews = input.ReviewsPerDay.GetValueOrDefault(date);
            var kind = !settings.IsStudyDay(date) && reviews == 0 ? PlanDayKind.Off : reviews > 0 ? PlanDayKind.Studied : PlanDayKind.Missed;
            days.Add(new PlanDay(date, kind, themesByDate[date], 0, reviews, 0));
        }

        foreach (var date in settings.Dates().Where(d => d >= input.Today))
        {
            var isToday = date == input.Today;
            if (!settings.IsStudyDay(date))
            {
                days.Add(new PlanDay(date, PlanDayKind.Off, [], 0, 0, 0));
                continue;
            }

            var done = isToday ? input.DoneToday : TodayProgress.None;
            var themes = themesByDate[date];
            var order = NewQuestionOrder(input.Bank, themes, weak, cards.Keys, date).Select(q => q.Id).ToList();
            var minNew = Math.Min(MinNewPerDay(themes), order.Count + done.New);
            var free = Math.Max(0, settings.DailyTarget - done.Total);

            var due = cards.Values
                .Where(c => dueOn[c.QuestionId] <= date)
                .OrderBy(c => c.DueDate)
                .ThenBy(c => c.QuestionId, StringComparer.Ordinal)
                .ToList();
            var reviewSlots = Math.Max(0, settings.DailyTarget - minNew - done.Reviews);
            var reviewed = due.Take(Math.Min(free, reviewSlots)).ToList();
            var introduced = order.Take(free - reviewed.Count).ToList();
            foreach (var card in reviewed.Concat(introduced.Select(id => new PlanCard(id, CardState.New(Noon(date)), date))))
            {
                var after = ReviewGood(card, date);
                cards[card.QuestionId] = after;
                dueOn[card.QuestionId] = EffectiveDue(after, input.Bank, weak);
            }

            days.Add(new PlanDay(
                date, isToday ? PlanDayKind.Today : PlanDayKind.Planned, themes,
                done.New + introduced.Count, done.Reviews + reviewed.Count, due.Count - reviewed.Count));
        }

        var interviewNoon = Noon(settings.Interview);
        var projected = cards.Values.ToDictionary(c => c.QuestionId, c => scheduler.Retrievability(c.State, interviewNoon), StringComparer.Ordinal);
        var weakTopics = input.Topics.Where(t => t.IsWeak).ToList();
        return new StudyPlan(settings, input.Today, days, Explain(input, days, weakTopics), weakTopics, projected);
    }

    /// <summary>Today's themes; on a day off, those of the next study day, so extra practice stays on theme.</summary>
    private static IReadOnlyList<StudyTheme> ThemesOn(PlanSettings settings, DateOnly today)
    {
        if (today < settings.Start || today >= settings.Interview)
        {
            return [];
        }

        var byDate = ThemesByDate(settings);
        return settings.Dates().Where(d => d >= today && byDate[d].Count > 0).Select(d => byDate[d]).FirstOrDefault() ?? [];
    }

    private static int MinNewPerDay(IReadOnlyList<StudyTheme> themes) =>
        themes.Count == 0 ? 0 : themes.Max(t => StudyThemes.Of(t).MinNewPerDay);

    /// <summary>The names of the weak topics among <paramref name="topics"/>.</summary>
    public static HashSet<string> WeakTopics(IEnumerable<TopicStanding> topics) =>
        topics.Where(t => t.IsWeak).Select(t => t.Topic).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// Unseen questions, best first: the themes' areas on weak topics, then a couple of weak-topic questions from
    /// elsewhere, then the themes' areas, then everything else. Areas take turns, each from easy to hard, so a
    /// day mixes them; and the third new question of a day comes from a seed area outside the themes, a
    /// different one each day, so no seed area waits weeks for its turn. Consolidation, or no theme, draws on
    /// every area.
    /// </summary>
    public static IEnumerable<Question> NewQuestionOrder(QuestionBank bank, IReadOnlyList<StudyTheme> themes, IReadOnlySet<string> weakTopics, IEnumerable<string> seen, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(bank);
        var seenIds = seen as IReadOnlySet<string> ?? seen.ToHashSet(StringComparer.Ordinal);
        var areas = themes.SelectMany(t => StudyThemes.Of(t).Areas).ToHashSet();
        var everyArea = areas.Count == 0;
        var unseen = bank.InStudyOrder.Where(q => !seenIds.Contains(q.Id)).ToList();
        var inTheme = Interleave(unseen.Where(q => everyArea || areas.Contains(q.Area)));
        var elsewhere = Interleave(unseen.Where(q => !everyArea && !areas.Contains(q.Area)));

        bool IsWeak(Question q) => q.Topics.Any(weakTopics.Contains);
        var order = inTheme.Where(IsWeak).Concat(elsewhere.Where(IsWeak).Take(WeakTopicsFromOtherAreas)).ToList();
        var first = order.ToHashSet();
        var rest = inTheme.Where(q => !first.Contains(q)).ToList();
        var otherSeedAreas = elsewhere.Where(q => q.Area.IsSeedArea && !first.Contains(q)).Select(q => q.Area).Distinct().OrderBy(a => a.Order).ToList();
        var mixed = otherSeedAreas.Count == 0 ? null
            : elsewhere.First(q => q.Area == otherSeedAreas[date.DayNumber % otherSeedAreas.Count] && !first.Contains(q));
        var mixAt = Math.Max(0, 2 - order.Count);
        order.AddRange(rest.Take(mixAt));
        if (mixed is not null)
        {
            order.Add(mixed);
        }

        order.AddRange(rest.Skip(mixAt));
        var chosen = order.Select(q => q.Id).ToHashSet(StringComparer.Ordinal);
        return order
            .Concat(elsewhere.Where(q => !chosen.Contains(q.Id) && IsWeak(q)))
            .Concat(elsewhere.Where(q => !chosen.Contains(q.Id) && !IsWeak(q)));
    }

    /// <summary>Round-robin over areas (in area order), each area's questions in study order.</summary>
    private static List<Question> Interleave(IEnumerable<Question> questions)
    {
        var queues = questions.GroupBy(q => q.Area).OrderBy(g => g.Key.Order).Select(g => new Queue<Question>(g)).ToList();
        var result = new List<Question>();
        while (queues.Count > 0)
        {
            foreach (var queue in queues)
            {
                result.Add(queue.Dequeue());
            }

            queues.RemoveAll(q => q.Count == 0);
        }

        return result;
    }

    /// <summary>The date a card should come back: for a weak topic, once recall falls to <see cref="WeakTopicRetention"/>.</summary>
    private DateOnly EffectiveDue(PlanCard card, QuestionBank bank, IReadOnlySet<string> weakTopics)
    {
        if (card.State is not { Phase: CardPhase.Review, Memory: { } memory, LastReview: { } last }
            || bank.Find(card.QuestionId) is not { } question
            || !question.Topics.Any(weakTopics.Contains))
        {
            return card.DueDate;
        }

        var days = Math.Max(1, (int)Math.Round(scheduler.Algorithm.NextInterval(memory.Stability, WeakTopicRetention)));
        var early = DateOnly.FromDateTime(last.UtcDateTime).AddDays(days);
        return early < card.DueDate ? early : card.DueDate;
    }

    /// <summary>A review rated Good at noon on <paramref name="date"/>, through any same-day learning steps.</summary>
    private PlanCard ReviewGood(PlanCard card, DateOnly date)
    {
        var now = Noon(date);
        var state = card.State;
        var endOfDay = Noon(date.AddDays(1)).AddHours(-12);
        do
        {
            state = scheduler.Review(state, Rating.Good, now, fuzzSeed: 0).After;
            now = state.Due;
        }
        while (state.Phase is CardPhase.Learning or CardPhase.Relearning && state.Due < endOfDay);

        return new PlanCard(card.QuestionId, state, DateOnly.FromDateTime(state.Due.UtcDateTime));
    }

    private static DateTimeOffset Noon(DateOnly date) => new(date.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);

    private List<string> Explain(PlanInput input, List<PlanDay> days, List<TopicStanding> weakTopics)
    {
        var settings = input.Settings;
        var changes = new List<string>();
        var ahead = days.Where(d => d.Date >= input.Today).ToList();
        if (ahead.Count == 0)
        {
            changes.Add($"Your interview date ({Format(settings.Interview)}) has passed: set the next one in the plan settings.");
            return changes;
        }

        var studyDays = settings.Dates().Count(settings.IsStudyDay);
        var calendarDays = settings.Interview.DayNumber - settings.Start.DayNumber;
        changes.Add(calendarDays switch
        {
            < 21 => $"Your interview is {calendarDays} days after the plan's start, so the seed's four weeks are compressed into {studyDays} study days, each theme a few days.",
            > PlanSettings.LongPlanDays => $"With {calendarDays} days to go, the first three themes are stretched and a consolidation week on your weakest topics comes before the last week of mocks and walkthroughs.",
            _ => $"{studyDays} study days before the interview: the seed's four themes take about a quarter each, ending with mocks and walkthroughs.",
        });

        var off = days.Count(d => d.Kind == PlanDayKind.Off);
        if (off > 0)
        {
            changes.Add($"{off} {Plural(off, "day")} off {(off == 1 ? "is" : "are")} left free; no day takes more than your {settings.DailyTarget} questions to make up for {(off == 1 ? "it" : "them")}.");
        }

        var missed = days.Where(d => d.Kind == PlanDayKind.Missed).ToList();
        var today = ahead[0];
        var backlogDays = ahead.TakeWhile(d => d.Backlog > 0 || d.Kind == PlanDayKind.Off).Count(d => d.Kind != PlanDayKind.Off);
        if (missed.Count > 0)
        {
            var list = string.Join(", ", missed.TakeLast(5).Select(d => Format(d.Date)));
            changes.Add(today.Backlog > 0
                ? $"You missed {missed.Count} study {Plural(missed.Count, "day")} ({list}). Nothing piles up: the reviews that waited are spread over the next {backlogDays} study {Plural(backlogDays, "day")}, least remembered first, and each day keeps room for new questions."
                : $"You missed {missed.Count} study {Plural(missed.Count, "day")} ({list}). The days left share the remaining new questions; no day goes over your target.");
        }
        else if (today.Backlog > 0)
        {
            changes.Add($"More reviews are due than fit in a day: they are spread over the next {backlogDays} study {Plural(backlogDays, "day")}, least remembered first, so new questions keep coming.");
        }

        if (weakTopics.Count > 0)
        {
            var names = string.Join(", ", weakTopics.Take(3).Select(t => t.Topic));
            changes.Add($"Weak {Plural(weakTopics.Count, "topic")} ({names}{(weakTopics.Count > 3 ? ", …" : "")}): your ratings and rubric coverage there are under half, so {(weakTopics.Count == 1 ? "its" : "their")} new questions come first and {(weakTopics.Count == 1 ? "its" : "their")} reviews come back earlier, when recall falls to {Percent(WeakTopicRetention)} instead of {Percent(scheduler.Options.DesiredRetention)}.");
        }

        return changes;
    }

    private static string Percent(double fraction) => $"{fraction * 100:0}%";

    private static string Plural(int count, string word) => count == 1 ? word : word + "s";

    private static string Format(DateOnly date) => date.ToString("ddd d MMM", CultureInfo.InvariantCulture);
}
