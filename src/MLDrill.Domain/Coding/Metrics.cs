namespace MLDrill.Domain.Coding;

/// <summary>The held-out metrics troubleshoot problems are judged by, with scikit-learn's definitions.</summary>
public static class Metrics
{
    public static string Name(MetricName metric) => metric switch
    {
        MetricName.Accuracy => "accuracy",
        MetricName.F1 => "F1",
        MetricName.RocAuc => "ROC-AUC",
        MetricName.R2 => "R²",
        MetricName.Rmse => "RMSE",
        _ => "log loss",
    };

    /// <summary>The metric of <paramref name="predicted"/> against <paramref name="truth"/>; NaN if undefined.</summary>
    public static double Score(MetricName metric, IReadOnlyList<double> truth, IReadOnlyList<double> predicted)
    {
        if (truth.Count == 0 || predicted.Any(p => !double.IsFinite(p)))
        {
            return double.NaN;
        }

        return metric switch
        {
            MetricName.Accuracy => truth.Zip(predicted).Count(p => p.First == p.Second) / (double)truth.Count,
            MetricName.F1 => F1(truth, predicted),
            MetricName.RocAuc => RocAuc(truth, predicted),
            MetricName.R2 => R2(truth, predicted),
            MetricName.Rmse => Math.Sqrt(truth.Zip(predicted).Average(p => (p.First - p.Second) * (p.First - p.Second))),
            _ => LogLoss(truth, predicted),
        };
    }

    /// <summary>F1 of the positive class 1; 0 when nothing is predicted or present positive.</summary>
    private static double F1(IReadOnlyList<double> truth, IReadOnlyList<double> predicted)
    {
        var pairs = truth.Zip(predicted).ToList();
        var truePositives = pairs.Count(p => p.First == 1 && p.Second == 1);
        var falsePositives = pairs.Count(p => p.First != 1 && p.Second == 1);
        var falseNegatives = pairs.Count(p => p.First == 1 && p.Second != 1);
        return truePositives == 0 ? 0 : 2.0 * truePositives / ((2.0 * truePositives) + falsePositives + falseNegatives);
    }

    /// <summary>The Mann–Whitney form: the chance a random positive outscores a random negative, ties counting half.</summary>
    private static double RocAuc(IReadOnlyList<double> truth, IReadOnlyList<double> scores)
    {
        var order = Enumerable.Range(0, scores.Count).OrderBy(i => scores[i]).ToArray();
        var ranks = new double[scores.Count];
        for (var start = 0; start < order.Length;)
        {
            var end = start;
            while (end + 1 < order.Length && scores[order[end + 1]] == scores[order[start]])
            {
                end++;
            }

            var averageRank = ((start + end) / 2.0) + 1;
            for (var k = start; k <= end; k++)
            {
                ranks[order[k]] = averageRank;
            }

            start = end + 1;
        }

        var positives = truth.Count(t => t == 1);
        var negatives = truth.Count - positives;
        if (positives == 0 || negatives == 0)
        {
            return double.NaN;
        }

        var positiveRankSum = Enumerable.Range(0, truth.Count).Where(i => truth[i] == 1).Sum(i => ranks[i]);
        return (positiveRankSum - (positives * (positives + 1) / 2.0)) / ((double)positives * negatives);
    }

    private static double R2(IReadOnlyList<double> truth, IReadOnlyList<double> predicted)
    {
        var mean = truth.Average();
        var residual = truth.Zip(predicted).Sum(p => (p.First - p.Second) * (p.First - p.Second));
        var total = truth.Sum(t => (t - mean) * (t - mean));
        return total == 0 ? double.NaN : 1 - (residual / total);
    }

    /// <summary>Binary log loss of probabilities for class 1, clipped to [1e-15, 1 - 1e-15].</summary>
    private static double LogLoss(IReadOnlyList<double> truth, IReadOnlyList<double> probabilities) =>
        truth.Zip(probabilities).Average(p =>
        {
            var q = Math.Clamp(p.Second, 1e-15, 1 - 1e-15);
            return -((p.First * Math.Log(q)) + ((1 - p.First) * Math.Log(1 - q)));
        });
}
