using MLDrill.Domain.Planning;

namespace MLDrill.Web.Features.Plan;

/// <summary>Words and links for the plan's themes and activities.</summary>
public static class PlanDisplay
{
    public static string Title(StudyTheme theme) => StudyThemes.Of(theme).Title;

    /// <summary>The activity's name and its page, or null where that part of MLDrill is still to come.</summary>
    public static (string Name, string? Link) Activity(PlanActivity activity) => activity switch
    {
        PlanActivity.CodingExercises => ("Coding exercises (from-scratch NumPy)", null),
        PlanActivity.CaseStudies => ("Case studies", "/Practice"),
        PlanActivity.MetricLabs => ("Metric labs on real datasets", null),
        PlanActivity.WeakTopicReview => ("Your weakest topics", "/Progress"),
        PlanActivity.MockInterviews => ("Mock interviews", null),
        PlanActivity.ProjectWalkthroughs => ("Project walkthroughs", null),
        _ => (activity.ToString(), null),
    };
}
