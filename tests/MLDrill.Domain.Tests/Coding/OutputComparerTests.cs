using System.Text.Json.Nodes;
using MLDrill.Domain.Coding;

namespace MLDrill.Domain.Tests.Coding;

/// <summary>The comparison rules of docs/problem-format.md, one rule per test.</summary>
public class OutputComparerTests
{
    private static JsonNode? J(string json) => JsonNode.Parse(json);

    private static Comparison Close(string expected, string actual, double atol = 1e-6, double rtol = 1e-6) =>
        OutputComparer.Compare(J(expected), J(actual), new CompareSpec(CompareMode.Close, atol, rtol));

    [Fact]
    public void A_float_off_in_the_last_digits_still_passes() =>
        Close("""{"array": [0.1, 0.2], "dtype": "float64"}""", """{"array": [0.1000000000001, 0.19999999999], "dtype": "float64", "shape": [2]}""").Passed.ShouldBeTrue();

    [Fact]
    public void A_value_outside_the_tolerance_fails_and_says_where()
    {
        var result = Close("""{"array": [[1, 2], [3, 4]], "dtype": "float64"}""", """{"array": [[1, 2], [3, 4.01]], "dtype": "float64", "shape": [2, 2]}""");
        result.Passed.ShouldBeFalse();
        result.Difference.ShouldBe("result[1, 1] is 4.01, expected 4");
    }

    [Fact]
    public void Tolerance_is_absolute_plus_relative_to_the_expected_value()
    {
        Close("1000", "1000.5", atol: 0, rtol: 1e-3).Passed.ShouldBeTrue();
        Close("1000", "1001.5", atol: 0, rtol: 1e-3).Passed.ShouldBeFalse();
        Close("0", "0.5", atol: 1, rtol: 0).Passed.ShouldBeTrue();
    }

    [Fact]
    public void Shapes_must_match_exactly()
    {
        var result = Close("""{"array": [[1], [2]]}""", """{"array": [1, 2], "dtype": "int64", "shape": [2]}""");
        result.Passed.ShouldBeFalse();
        result.Difference.ShouldBe("result has shape (2,), expected (2, 1)");
    }

    [Fact]
    public void Integer_expected_arrays_need_integer_results()
    {
        Close("""{"array": [0, 1], "dtype": "int64"}""", """{"array": [0.0, 1.0], "dtype": "float64", "shape": [2]}""").Passed.ShouldBeFalse();
        Close("""{"array": [0, 1], "dtype": "int64"}""", """{"array": [0, 1], "dtype": "int32", "shape": [2]}""").Passed.ShouldBeTrue();
        Close("""{"array": [0.0, 1.0], "dtype": "float64"}""", """{"array": [0, 1], "dtype": "int64", "shape": [2]}""").Passed.ShouldBeTrue();
    }

    [Fact]
    public void Nan_matches_nan_and_infinities_match_their_sign()
    {
        Close("""{"array": [null, "inf"]}""", """{"array": [null, "inf"], "dtype": "float64", "shape": [2]}""").Passed.ShouldBeTrue();
        Close("""{"array": [null]}""", """{"array": [0.0], "dtype": "float64", "shape": [1]}""").Passed.ShouldBeFalse();
        Close("""{"float": "-inf"}""", """{"float": "inf"}""").Passed.ShouldBeFalse();
    }

    [Fact]
    public void Tuples_and_dicts_compare_item_by_item()
    {
        Close("""[{"array": [1.0]}, 2.5]""", """[{"array": [1.0], "dtype": "float64", "shape": [1]}, 2.5000001]""").Passed.ShouldBeTrue();
        Close("""{"mean": 1.0, "std": 2.0}""", """{"mean": 1.0}""").Difference.ShouldBe("result has no key 'std'");
        Close("""[1, 2]""", """[1]""").Difference.ShouldBe("result has 1 items, expected 2");
    }

    [Fact]
    public void A_plain_list_of_numbers_is_accepted_where_an_array_is_expected() =>
        Close("""{"array": [1.5, 2.5]}""", "[1.5, 2.5]").Passed.ShouldBeTrue();

    [Fact]
    public void Unsupported_results_are_named() =>
        Close("1.0", """{"unsupported": "generator"}""").Difference.ShouldNotBeNull().ShouldContain("generator");

    [Fact]
    public void A_bool_is_not_a_number() => Close("1", "true").Passed.ShouldBeFalse();

    [Fact]
    public void Unordered_compares_rows_as_a_multiset()
    {
        var spec = new CompareSpec(CompareMode.Unordered);
        OutputComparer.Compare(J("""{"array": [[1, 2], [0, 5]]}"""), J("""{"array": [[0, 5], [1, 2]], "dtype": "int64", "shape": [2, 2]}"""), spec).Passed.ShouldBeTrue();
        OutputComparer.Compare(J("""{"array": [[1, 2], [0, 5]]}"""), J("""{"array": [[0, 5], [2, 1]], "dtype": "int64", "shape": [2, 2]}"""), spec).Passed.ShouldBeFalse();
    }

    [Fact]
    public void Partition_accepts_renamed_clusters_only_when_one_to_one()
    {
        var spec = new CompareSpec(CompareMode.Partition);
        OutputComparer.Compare(J("""{"array": [0, 0, 1, 2]}"""), J("""{"array": [2, 2, 0, 1], "dtype": "int64", "shape": [4]}"""), spec).Passed.ShouldBeTrue();
        OutputComparer.Compare(J("""{"array": [0, 0, 1, 2]}"""), J("""{"array": [2, 2, 0, 0], "dtype": "int64", "shape": [4]}"""), spec).Passed.ShouldBeFalse();
        OutputComparer.Compare(J("""{"array": [0, 0, 1, 2]}"""), J("""{"array": [2, 1, 0, 3], "dtype": "int64", "shape": [4]}"""), spec).Passed.ShouldBeFalse();
    }

    [Theory]
    [InlineData(MetricName.Accuracy, "[1, 0, 1, 1]", "[1, 0, 0, 1]", 0.75)]
    [InlineData(MetricName.F1, "[1, 0, 1, 1]", "[1, 1, 0, 1]", 2.0 / 3)]
    [InlineData(MetricName.RocAuc, "[0, 0, 1, 1]", "[0.1, 0.4, 0.35, 0.8]", 0.75)]
    [InlineData(MetricName.RocAuc, "[0, 1, 0, 1]", "[0.5, 0.5, 0.5, 0.5]", 0.5)]
    [InlineData(MetricName.R2, "[3, -0.5, 2, 7]", "[2.5, 0.0, 2, 8]", 0.9486081370449679)]
    [InlineData(MetricName.Rmse, "[1, 2]", "[1, 4]", 1.4142135623730951)]
    [InlineData(MetricName.LogLoss, "[1, 0]", "[0.9, 0.2]", 0.164252033486018)]
    public void Metrics_match_scikit_learn(MetricName metric, string truth, string predicted, double expected)
    {
        var score = Metrics.Score(metric, J(truth)!.AsArray().Select(n => n!.GetValue<double>()).ToList(), J(predicted)!.AsArray().Select(n => n!.GetValue<double>()).ToList());
        score.ShouldBe(expected, 1e-12);
    }

    [Fact]
    public void A_metric_bar_passes_at_or_above_its_minimum_and_explains_a_miss()
    {
        var spec = new CompareSpec(CompareMode.Metric, Metric: MetricName.Accuracy, Min: 0.75);
        OutputComparer.Compare(J("""{"array": [1, 0, 1, 1]}"""), J("""{"array": [1, 0, 0, 1], "dtype": "int64", "shape": [4]}"""), spec).Passed.ShouldBeTrue();
        var miss = OutputComparer.Compare(J("""{"array": [1, 0, 1, 1]}"""), J("""{"array": [0, 0, 0, 1], "dtype": "int64", "shape": [4]}"""), spec);
        miss.Passed.ShouldBeFalse();
        miss.Difference.ShouldBe("accuracy on the held-out set is 0.5; it needs at least 0.75");
    }

    [Fact]
    public void Python_values_are_shown_the_way_python_prints_them()
    {
        PythonValue.Format(J("""{"array": [[1, 2.5], [null, "-inf"]], "dtype": "float64"}""")).ShouldBe("array([[1, 2.5], [nan, -inf]])");
        PythonValue.Format(J("""{"array": [true, false], "dtype": "bool"}""")).ShouldBe("array([True, False], dtype=bool)");
        PythonValue.FormatArguments(J("""[3, 2.0, "gini", null]""")!.AsArray()).ShouldBe("3, 2.0, 'gini', None");
    }
}
