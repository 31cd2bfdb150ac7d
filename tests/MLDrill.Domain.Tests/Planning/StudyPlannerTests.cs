using MLDrill.Domain.Planning;
using MLDrill.Domain.Questions;
using MLDrill.Domain.Scheduling;

namespace MLDrill.Domain.Tests.Planning;

public class StudyPlannerTests
{
    private static readonly DateOnly Start = new(2026, 3, 2);
    private static readonly QuestionBank Bank = PlanBank.Create();
    private static readonly FsrsScheduler Scheduler = new();
    private static readonly StudyPlanner Planner = new(Scheduler);

    private static PlanSettings Settings(int days, int target = 8, DayOfWeek[]? weekdaysOff = null) =>
        new(Start, Start.AddDays(days), target, (weekdaysOff ?? []).ToHashSet(), new HashSet<DateOnly>());

    private static PlanInput Input(PlanSettings settings, DateOnly today, IReadOnlyList<PlanCard>? cards = null,
        IReadOnlyList<TopicStanding>? topics = null, Dictionary<DateOnly, int>? reviewsPerDay = null) =>
        new(settings, today, Bank, cards ?? [], topics ?? [], reviewsPerDay ?? [], TodayProgress.None);

    /// <summary>A card in review, last seen <paramref name="lastSeen"/>, due on <paramref name="due"/>.</summary>
    private static PlanCard ReviewCard(string id, DateOnly lastSeen, DateOnly due, double stability = 3)
    {
        var last = new DateTimeOffset(lastSeen.ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero);
        var state = new CardState(CardPhase.Review, 0, new MemoryState(stability, 5), new DateTimeOffset(due.ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero), last, 3, 0);
        return new PlanCard(id, state, due);
    }

    [Fact]
    public void A_fresh_plan_fills_each_study_day_with_the_target_of_new_questions_from_its_theme_areas()
    {
        var plan = Planner.Build(Input(Settings(28), Start));

        var first = plan.Days[0];
        first.Kind.ShouldBe(PlanDayKind.Today);
        first.Total.ShouldBe(8);
        first.New.ShouldBe(8);
        plan.Days.Count.ShouldBe(28);
        plan.Days.ShouldAllBe(d => d.Total <= 8);
        // New questions later come back as reviews, which take slots from new ones but leave the theme's minimum.
        plan.Days.Skip(1).ShouldContain(d => d.Reviews > 0);
        plan.Days.ShouldAllBe(d => d.New >= 3 || d.Kind == PlanDayKind.Off || d.Themes.Contains(StudyTheme.MocksAndWalkthroughs));
    }

    [Fact]
    public void Todays_new_questions_come_from_the_theme_areas_taking_turns()
    {
        var today = Planner.ForToday(Settings(28), Start, Bank, new HashSet<string>(), [], new HashSet<string>(), 8);

        today.Themes.ShouldBe([StudyTheme.SupervisedAndCoding]);
        var areas = today.NewQuestionOrder.Take(49).Select(id => Bank.Find(id)!.Area).ToList();
        areas.Take(5).ShouldBe([Area.CoreConcepts, Area.MathStatistics, OutsideSeedArea(Start), Area.DeepLearning, Area.Libraries]);
        areas.Where((_, i) => i != 2).ShouldAllBe(a => StudyThemes.SupervisedAndCoding.Areas.Contains(a));
        today.ReviewSlots.ShouldBe(8 - StudyThemes.SupervisedAndCoding.MinNewPerDay);
    }

    [Fact]
    public void Each_day_one_new_question_comes_from_a_seed_area_outside_the_theme_in_turn()
    {
        var outside = Enumerable.Range(0, 6)
            .Select(i => Planner.ForToday(Settings(28), Start.AddDays(i), Bank, new HashSet<string>(), [], new HashSet<string>(), 8).NewQuestionOrder[2])
            .Select(id => Bank.Find(id)!.Area)
            .ToList();

        outside.Distinct().ShouldBe([Area.ModelEvaluation, Area.FeatureEngineering, Area.DeploymentMlops], ignoreOrder: true);
    }

    /// <summary>The seed area outside the first week's theme that <paramref name="date"/> brings in.</summary>
    private static Area OutsideSeedArea(DateOnly date)
    {
        Area[] outside = [Area.ModelEvaluation, Area.FeatureEngineering, Area.DeploymentMlops];
        return outside[date.DayNumber % outside.Length];
    }


    [Fact]
    public void In_the_second_week_new_questions_come_from_unsupervised_learning_and_case_studies()
    {
        var today = Planner.ForToday(Settings(28), Start.AddDays(8), Bank, new HashSet<string>(), [], new HashSet<string>(), 8);

        today.Themes.ShouldBe([StudyTheme.UnsupervisedAndCaseStudies]);
        today.NewQuestionOrder.Take(25).Where((_, i) => i != 2).Select(id => Bank.Find(id)!.Area).Distinct().ShouldBe([Area.UnsupervisedLearning, Area.CaseStudies], ignoreOrder: true);
    }

    [Fact]
    public void Missed_days_never_pile_up_into_an_impossible_day()
    {
        // Ten study days before the interview; 40 cards all due on days 3 and 4, which the user skipped.
        var settings = Settings(10);
        var cards = Enumerable.Range(1, 40).Select(i => ReviewCard($"{Area.CoreConcepts.Id}-{(i % 12) + 1:00}-{i}", Start, Start.AddDays(3))).ToList();
        var history = new Dictionary<DateOnly, int> { [Start] = 8, [Start.AddDays(1)] = 8, [Start.AddDays(2)] = 8 };

        var plan = Planner.Build(Input(settings, Start.AddDays(5), cards, reviewsPerDay: history));

        plan.Days.Where(d => d.Kind == PlanDayKind.Missed).Select(d => d.Date).ShouldBe([Start.AddDays(3), Start.AddDays(4)]);
        var ahead = plan.Days.Where(d => d.Date >= Start.AddDays(5)).ToList();
        ahead.ShouldAllBe(d => d.Total <= 8);
        ahead[0].Reviews.ShouldBe(8 - 3, "reviews are capped so the theme's new questions still come");
        ahead[0].New.ShouldBe(3);
        ahead[0].Backlog.ShouldBe(35);
        ahead.Select(d => d.Backlog).ShouldBe(ahead.Select(d => d.Backlog).OrderDescending().ToList(), "the backlog only shrinks");
        plan.Changes.ShouldContain(c => c.Contains("You missed 2 study days") && c.Contains("spread over the next"));
    }

    [Fact]
    public void Weak_topics_get_their_new_questions_first_and_their_reviews_earlier()
    {
        var bank = new QuestionBank(
        [
            PlanBank.Question(Area.CoreConcepts, 1), PlanBank.Question(Area.CoreConcepts, 2),
            PlanBank.Question(Area.CoreConcepts, 3, "regularisation"), PlanBank.Question(Area.MathStatistics, 1, "regularisation"),
            PlanBank.Question(Area.ModelEvaluation, 1, "regularisation"), PlanBank.Question(Area.ModelEvaluation, 2),
        ]);
        var topics = TopicStanding.From(bank, [new QuestionHistory("core-concepts-03", 3, 3, 0.6, 3)]);
        topics.Single(t => t.Topic == "regularisation").IsWeak.ShouldBeTrue();
        // Reviewed 4 days ago with stability 10: not due for days at 90% retention, but recall is below 95% already.
        var card = ReviewCard("core-concepts-03", Start.AddDays(-4), Start.AddDays(6), stability: 10);

        var today = Planner.ForToday(Settings(28), Start, bank, new HashSet<string> { card.QuestionId }, [card], StudyPlanner.WeakTopics(topics), 8);

        today.NewQuestionOrder.ShouldBe(["math-statistics-01", "model-evaluation-01", "model-evaluation-02", "core-concepts-01", "core-concepts-02"]);
        today.EarlyReviewIds.ShouldBe(["core-concepts-03"]);
        var plan = Planner.Build(new PlanInput(Settings(28), Start, bank, [card], topics, new Dictionary<DateOnly, int>(), TodayProgress.None));
        plan.Days[0].Reviews.ShouldBe(1);
        plan.Changes.ShouldContain(c => c.Contains("regularisation") && c.Contains("95%"));
    }

    [Fact]
    public void A_topic_is_weak_only_after_enough_reviews_with_low_ratings_or_coverage()
    {
        var bank = new QuestionBank([PlanBank.Question(Area.CoreConcepts, 1, "trees"), PlanBank.Question(Area.CoreConcepts, 2, "trees")]);

        TopicStanding.From(bank, [new QuestionHistory("core-concepts-01", 1, 1, 0, 1)]).Single(t => t.Topic == "trees").IsWeak.ShouldBeFalse("one review is not a pattern");
        var weak = TopicStanding.From(bank, [new QuestionHistory("core-concepts-01", 2, 3, 0.2, 2)]).Single(t => t.Topic == "trees");
        weak.RatingScore.ShouldBe(1 / 6.0, 1e-9); // Again (0) and Hard (1/3)
        weak.Coverage.ShouldBe(0.1);
        weak.IsWeak.ShouldBeTrue();
        var strong = TopicStanding.From(bank, [new QuestionHistory("core-concepts-01", 2, 7, 1.6, 2), new QuestionHistory("core-concepts-02", 1, 4, 0, 0)]).Single(t => t.Topic == "trees");
        strong.Reviews.ShouldBe(3);
        strong.IsWeak.ShouldBeFalse();
    }

    [Fact]
    public void Todays_done_work_counts_against_the_target()
    {
        var input = Input(Settings(28), Start) with { DoneToday = new TodayProgress(0, 6) };

        var day = Planner.Build(input).Days[0];

        day.New.ShouldBe(8);
        day.Total.ShouldBe(8);
    }

    [Fact]
    public void A_passed_interview_date_says_so_and_plans_nothing_ahead()
    {
        var plan = Planner.Build(Input(Settings(7), Start.AddDays(9)));

        plan.Days.ShouldAllBe(d => d.Date < Start.AddDays(7));
        plan.Days.ShouldAllBe(d => d.Kind == PlanDayKind.Missed);
        plan.Changes.ShouldHaveSingleItem().ShouldContain("has passed");
    }

    [Fact]
    public void Projected_recall_on_the_interview_day_covers_every_question_the_plan_introduces()
    {
        var plan = Planner.Build(Input(Settings(14), Start));

        plan.ProjectedRecall.Count.ShouldBe(plan.Days.Sum(d => d.New));
        plan.ProjectedRecall.Values.ShouldAllBe(r => r > 0.5 && r <= 1);
    }

    [Theory]
    [InlineData(0, 6, 0)]
    [InlineData(1, 8, 1)]
    [InlineData(2, 10, 2)]
    [InlineData(3, 7, 3)]
    [InlineData(4, 9, 4)]
    [InlineData(5, 6, 5)]
    [InlineData(6, 8, 6)]
    [InlineData(7, 10, 7)]
    public void Any_history_keeps_every_day_within_the_target_and_nothing_after_the_interview(int seed, int target, int daysOffSeed)
    {
        var random = new Random(seed);
        var length = random.Next(1, 80);
        var weekdaysOff = Enum.GetValues<DayOfWeek>().Where(_ => random.Next(7) < daysOffSeed % 3).Take(6).ToArray();
        var settings = Settings(length, target, weekdaysOff);
        var today = Start.AddDays(random.Next(0, length));
        var cards = Bank.InStudyOrder.Where(_ => random.Next(3) == 0)
            .Select(q => ReviewCard(q.Id, Start.AddDays(-random.Next(1, 30)), today.AddDays(random.Next(-20, 30)), stability: random.Next(1, 40)))
            .ToList();
        var history = settings.Dates().Where(d => d < today && random.Next(2) == 0).ToDictionary(d => d, _ => random.Next(1, 10));
        var topics = TopicStanding.From(Bank, cards.Take(10).Select(c => new QuestionHistory(c.QuestionId, 3, random.Next(3, 10), 0, 0)));
        var input = Input(settings, today, cards, topics, history);

        var plan = Planner.Build(input);

        plan.Days.Where(d => d.Date >= today).ShouldAllBe(d => d.Total <= target);
        plan.Days.Select(d => d.Date).ShouldBe(settings.Dates());
        plan.Days.Where(d => d.Kind == PlanDayKind.Off).ShouldAllBe(d => d.Total == 0 || d.Date < today);
        plan.Days.SelectMany(d => d.Themes).Distinct().Count().ShouldBe(length > PlanSettings.LongPlanDays ? 5 : 4);
        plan.Changes.ShouldNotBeEmpty();
        var again = Planner.Build(input);
        again.Days.Select(Describe).ShouldBe(plan.Days.Select(Describe), "the same history gives the same plan");
        again.Changes.ShouldBe(plan.Changes);
    }

    private static string Describe(PlanDay day) =>
        $"{day.Date} {day.Kind} {string.Join('+', day.Themes)} new {day.New} reviews {day.Reviews} waiting {day.Backlog}";

    [Fact]
    public void Settings_reject_past_dates_absurd_targets_and_no_day_to_study()
    {
        var today = Start;
        var none = new HashSet<DayOfWeek>();
        var noDates = new HashSet<DateOnly>();

        PlanSettings.Validate(today, today, 8, none, noDates).ShouldHaveSingleItem().ShouldContain("after today");
        PlanSettings.Validate(today, today.AddDays(-3), 8, none, noDates).ShouldHaveSingleItem().ShouldContain("after today");
        PlanSettings.Validate(today, today.AddDays(400), 8, none, noDates).ShouldHaveSingleItem().ShouldContain("within a year");
        PlanSettings.Validate(today, null, 50, none, noDates).ShouldHaveSingleItem().ShouldContain("between 6 and 10");
        PlanSettings.Validate(today, null, 8, Enum.GetValues<DayOfWeek>().ToHashSet(), noDates).ShouldHaveSingleItem().ShouldContain("at least one weekday");
        PlanSettings.Validate(today, today.AddDays(1), 8, none, new HashSet<DateOnly> { today }).ShouldHaveSingleItem().ShouldContain("Every day before the interview is a day off");
        PlanSettings.Validate(today, today.AddDays(10), 8, new HashSet<DayOfWeek> { DayOfWeek.Sunday }, noDates).ShouldBeEmpty();
        PlanSettings.Validate(today, null, 8, none, noDates).ShouldBeEmpty();
    }
}
