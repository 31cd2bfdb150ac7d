using MLDrill.Domain.Planning;

namespace MLDrill.Domain.Tests.Planning;

/// <summary>How the seed's four themes are laid over the days before the interview.</summary>
public class ThemeLayoutTests
{
    private static readonly DateOnly Start = new(2026, 3, 2); // a Monday

    private static PlanSettings Settings(int days, DayOfWeek[]? weekdaysOff = null, DateOnly[]? datesOff = null) =>
        new(Start, Start.AddDays(days), 8, (weekdaysOff ?? []).ToHashSet(), (datesOff ?? []).ToHashSet());

    private static List<StudyTheme> Sequence(PlanSettings settings)
    {
        var byDate = StudyPlanner.ThemesByDate(settings);
        return settings.Dates().SelectMany(d => byDate[d]).ToList();
    }

    [Fact]
    public void Four_weeks_give_each_of_the_seed_themes_a_week_in_the_seed_order()
    {
        var settings = Settings(28);
        var byDate = StudyPlanner.ThemesByDate(settings);

        byDate[Start].ShouldBe([StudyTheme.SupervisedAndCoding]);
        byDate[Start.AddDays(6)].ShouldBe([StudyTheme.SupervisedAndCoding]);
        byDate[Start.AddDays(7)].ShouldBe([StudyTheme.UnsupervisedAndCaseStudies]);
        byDate[Start.AddDays(14)].ShouldBe([StudyTheme.MetricsAndImprovement]);
        byDate[Start.AddDays(21)].ShouldBe([StudyTheme.MocksAndWalkthroughs]);
        byDate[Start.AddDays(27)].ShouldBe([StudyTheme.MocksAndWalkthroughs]);
        byDate.ContainsKey(Start.AddDays(28)).ShouldBeFalse("the interview day itself is not planned");
    }

    [Fact]
    public void Two_weeks_compress_every_theme_into_a_few_days()
    {
        var sequence = Sequence(Settings(14));

        sequence.GroupBy(t => t).Select(g => (g.Key, g.Count())).ShouldBe(
        [
            (StudyTheme.SupervisedAndCoding, 4), (StudyTheme.UnsupervisedAndCaseStudies, 4),
            (StudyTheme.MetricsAndImprovement, 3), (StudyTheme.MocksAndWalkthroughs, 3),
        ]);
    }

    [Fact]
    public void Eight_weeks_stretch_the_first_themes_and_add_a_consolidation_week_before_the_mocks()
    {
        var counts = Sequence(Settings(56)).GroupBy(t => t).ToDictionary(g => g.Key, g => g.Count());

        counts[StudyTheme.Consolidation].ShouldBe(7);
        counts[StudyTheme.MocksAndWalkthroughs].ShouldBe(7);
        counts[StudyTheme.SupervisedAndCoding].ShouldBe(14);
        counts[StudyTheme.UnsupervisedAndCaseStudies].ShouldBe(14);
        counts[StudyTheme.MetricsAndImprovement].ShouldBe(14);
    }

    [Fact]
    public void Days_off_get_no_theme_and_the_study_days_share_all_four()
    {
        var settings = Settings(14, weekdaysOff: [DayOfWeek.Saturday, DayOfWeek.Sunday], datesOff: [Start.AddDays(2)]);
        var byDate = StudyPlanner.ThemesByDate(settings);

        byDate[Start.AddDays(5)].ShouldBeEmpty(); // Saturday
        byDate[Start.AddDays(2)].ShouldBeEmpty(); // the date off
        byDate.Count(d => d.Value.Count > 0).ShouldBe(9);
        Sequence(settings).Distinct().Count().ShouldBe(4);
    }

    [Fact]
    public void With_fewer_study_days_than_themes_days_carry_several_themes_and_the_last_ends_with_mocks()
    {
        var byDate = StudyPlanner.ThemesByDate(Settings(2));

        byDate[Start].ShouldBe([StudyTheme.SupervisedAndCoding, StudyTheme.UnsupervisedAndCaseStudies]);
        byDate[Start.AddDays(1)].ShouldBe([StudyTheme.MetricsAndImprovement, StudyTheme.MocksAndWalkthroughs]);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(10)]
    [InlineData(29)]
    [InlineData(36)]
    [InlineData(90)]
    [InlineData(366)]
    public void Any_length_keeps_every_theme_in_order_and_ends_with_mocks(int days)
    {
        var sequence = Sequence(Settings(days));

        sequence.Distinct().Count().ShouldBe(days > PlanSettings.LongPlanDays ? 5 : 4);
        sequence.ShouldBe(sequence.Order().ToList(), "themes come in the seed's order");
        sequence[^1].ShouldBe(StudyTheme.MocksAndWalkthroughs);
    }
}
