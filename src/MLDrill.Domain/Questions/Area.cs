namespace MLDrill.Domain.Questions;

/// <summary>A subject area of the bank. The first five are the seed article's areas, in its order.</summary>
public sealed record Area(string Id, string Title, bool IsSeedArea)
{
    public static readonly Area CoreConcepts = new("core-concepts", "Core concepts", true);
    public static readonly Area MathStatistics = new("math-statistics", "Mathematics & statistics", true);
    public static readonly Area ModelEvaluation = new("model-evaluation", "Model evaluation", true);
    public static readonly Area FeatureEngineering = new("feature-engineering", "Feature engineering & preprocessing", true);
    public static readonly Area DeploymentMlops = new("deployment-mlops", "Deployment & MLOps", true);
    public static readonly Area UnsupervisedLearning = new("unsupervised-learning", "Unsupervised learning", false);
    public static readonly Area DeepLearning = new("deep-learning", "Deep learning basics", false);
    public static readonly Area CaseStudies = new("case-studies", "Case studies", false);
    public static readonly Area SystemDesign = new("system-design", "ML system design", false);
    public static readonly Area Libraries = new("libraries", "Libraries", false);

    /// <summary>All areas in study order: the seed's five first.</summary>
    public static IReadOnlyList<Area> All { get; } =
    [
        CoreConcepts, MathStatistics, ModelEvaluation, FeatureEngineering, DeploymentMlops,
        UnsupervisedLearning, DeepLearning, CaseStudies, SystemDesign, Libraries,
    ];

    public static Area? Find(string id) => All.FirstOrDefault(a => a.Id == id);

    /// <summary>Position in study order; used to order new questions.</summary>
    public int Order => All.ToList().IndexOf(this);
}
