using MLDrill.Domain.Questions;

namespace MLDrill.Domain.Planning;

/// <summary>
/// The seed's four weeks, in its order, plus the consolidation stretch a long plan puts before the last one:
/// "Week 1: supervised learning + coding practice; Week 2: unsupervised learning + case studies; Week 3:
/// evaluation metrics + model improvement; Week 4: mock interviews + project walkthroughs".
/// </summary>
public enum StudyTheme
{
    SupervisedAndCoding,
    UnsupervisedAndCaseStudies,
    MetricsAndImprovement,
    Consolidation,
    MocksAndWalkthroughs,
}

/// <summary>Work a theme asks for besides questions; the web app links each to its page once that exists.</summary>
public enum PlanActivity
{
    CodingExercises,
    CaseStudies,
    MetricLabs,
    WeakTopicReview,
    MockInterviews,
    ProjectWalkthroughs,
}

/// <summary>What a theme covers: the areas its new questions come from, its activities, its minimum of new questions a day.</summary>
public sealed record ThemeDefinition(StudyTheme Theme, string Title, IReadOnlyList<Area> Areas, IReadOnlyList<PlanActivity> Activities, int MinNewPerDay);

public static class StudyThemes
{
    public static ThemeDefinition SupervisedAndCoding { get; } = new(
        StudyTheme.SupervisedAndCoding, "Supervised learning + coding practice",
        [Area.CoreConcepts, Area.MathStatistics, Area.DeepLearning, Area.Libraries], [PlanActivity.CodingExercises], MinNewPerDay: 3);

    public static ThemeDefinition UnsupervisedAndCaseStudies { get; } = new(
        StudyTheme.UnsupervisedAndCaseStudies, "Unsupervised learning + case studies",
        [Area.UnsupervisedLearning, Area.CaseStudies], [PlanActivity.CaseStudies], MinNewPerDay: 3);

    public static ThemeDefinition MetricsAndImprovement { get; } = new(
        StudyTheme.MetricsAndImprovement, "Evaluation metrics + model improvement",
        [Area.ModelEvaluation, Area.FeatureEngineering], [PlanActivity.MetricLabs], MinNewPerDay: 3);

    /// <summary>No areas of its own: new questions come from the weakest topics, wherever they are.</summary>
    public static ThemeDefinition Consolidation { get; } = new(
        StudyTheme.Consolidation, "Consolidation: your weakest topics",
        [], [PlanActivity.WeakTopicReview], MinNewPerDay: 1);

    public static ThemeDefinition MocksAndWalkthroughs { get; } = new(
        StudyTheme.MocksAndWalkthroughs, "Mock interviews + project walkthroughs",
        [Area.DeploymentMlops, Area.SystemDesign], [PlanActivity.MockInterviews, PlanActivity.ProjectWalkthroughs], MinNewPerDay: 2);

    public static IReadOnlyList<ThemeDefinition> All { get; } =
        [SupervisedAndCoding, UnsupervisedAndCaseStudies, MetricsAndImprovement, Consolidation, MocksAndWalkthroughs];

    public static ThemeDefinition Of(StudyTheme theme) => All[(int)theme];
}
