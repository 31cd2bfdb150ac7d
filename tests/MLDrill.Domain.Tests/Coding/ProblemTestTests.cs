using System.Text.Json.Nodes;
using MLDrill.Domain.Coding;

namespace MLDrill.Domain.Tests.Coding;

public class ProblemTestTests
{
    [Fact]
    public void Arguments_and_expected_values_come_back_exactly_and_each_read_is_a_fresh_copy()
    {
        var arguments = JsonNode.Parse("""[{"array": [0.1, 1e-300, 123456789.123456789], "shape": [3]}, "text", null]""")!.AsArray();
        var test = new ProblemTest("precise", "basic", true, arguments, JsonNode.Parse("[0.30000000000000004]"), CompareSpec.Default);

        test.Arguments.ToJsonString().ShouldBe("""[{"array":[0.1,1e-300,123456789.123456789],"shape":[3]},"text",null]""");
        test.Expected!.ToJsonString().ShouldBe("[0.30000000000000004]");

        var changed = test.Arguments;
        changed.Add(42);
        test.Arguments.Count.ShouldBe(3, "a caller's change must not reach the problem");
        arguments.Add(7);
        test.Arguments.Count.ShouldBe(3, "nor a change to the nodes it was built from");
    }

    [Fact]
    public void A_null_expected_value_stays_null()
    {
        new ProblemTest("nothing", "basic", false, [], null, CompareSpec.Default).Expected.ShouldBeNull();
    }
}
