namespace MLDrill.Domain.Coding;

public enum CompareMode
{
    /// <summary>Same structure and shape, numbers within tolerance.</summary>
    Close,

    /// <summary>As <see cref="Close"/> after sorting the rows of both sides.</summary>
    Unordered,

    /// <summary>Label arrays equal up to a one-to-one renaming (cluster ids).</summary>
    Partition,

    /// <summary>Predictions scored against held-out truth must clear a bar.</summary>
    Metric,
}

public enum MetricName
{
    Accuracy,
    F1,
    RocAuc,
    R2,
    Rmse,
    LogLoss,
}

/// <summary>How a test's output is compared with its expected value.</summary>
public sealed record CompareSpec(CompareMode Mode, double AbsoluteTolerance = 1e-6, double RelativeTolerance = 1e-6,
    MetricName? Metric = null, double? Min = null, double? Max = null)
{
    public static CompareSpec Default { get; } = new(CompareMode.Close);
}
