using MLDrill.Infrastructure.Content;

namespace MLDrill.Infrastructure.Tests.Content;

/// <summary>Broken problem folders: each gets a clear <c>file:line: message</c>, never an exception, and is left out.</summary>
public sealed class ProblemFolderTests : IDisposable
{
    private const string Example = "linear-regression-normal-equation";
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("mldrill-problems-");

    public ProblemFolderTests()
    {
        var source = Path.Combine(ShippedContentTests.RepositoryContent(), "problems", Example);
        var target = Path.Combine(_root.FullName, "problems", Example);
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }
    }

    public void Dispose() => _root.Delete(recursive: true);

    private string PathOf(string file) => Path.Combine(_root.FullName, "problems", Example, file);

    private ContentLoadResult Load() => ContentLoader.Load(_root.FullName);

    [Fact]
    public void The_example_loads_as_it_is() =>
        Load().CodingProblems.Single().Tests.Count.ShouldBeGreaterThanOrEqualTo(8);

    [Theory]
    [InlineData("problem.md", "tags: [linear-regression, linear-algebra]", "tags: [linear-regression, linear-algebra", "unterminated")]
    [InlineData("problem.md", "difficulty: easy", "difficulty: trivial", "difficulty must be easy/medium/hard")]
    [InlineData("problem.md", "## Explanation", "## Notes", "## Explanation")]
    [InlineData("problem.md", "function: fit_linear_regression", "function: fit linear", "not a Python identifier")]
    [InlineData("tests.json", "\"name\": \"a perfect line\"", "\"title\": \"a perfect line\"", "needs a 'name'")]
    [InlineData("tests.json", "\"tests\": [", "\"tests\": [[", "invalid JSON")]
    [InlineData("tests.json", "\"mode\": \"close\"", "\"mode\": \"fuzzy\"", "unknown mode 'fuzzy'")]
    [InlineData("tests.json", "\"compare\": {", "\"compare\": {\"mode\": \"close\",", "invalid JSON")]
    public void A_broken_file_is_reported_and_the_problem_left_out(string file, string find, string replace, string message)
    {
        var path = PathOf(file);
        var text = File.ReadAllText(path);
        text.ShouldContain(find);
        File.WriteAllText(path, text.Replace(find, replace, StringComparison.Ordinal));

        var result = Load();

        result.CodingProblems.ShouldBeEmpty();
        result.Problems.ShouldContain(p => p.File.EndsWith(Example + "/" + file, StringComparison.Ordinal) && p.Message.Contains(message, StringComparison.Ordinal),
            string.Join("\n", result.Problems));
    }

    [Fact]
    public void A_missing_file_is_reported()
    {
        File.Delete(PathOf("starter.py"));

        Load().Problems.Select(p => p.ToString()).ShouldContain(p => p.EndsWith("starter.py:1: file is missing", StringComparison.Ordinal));
    }

    [Fact]
    public void A_wrong_solution_without_its_mistake_line_and_too_few_tests_break_the_rules()
    {
        File.WriteAllText(PathOf("wrong/no-intercept.py"), "def fit_linear_regression(X, y):\n    return None\n");
        File.WriteAllText(PathOf("tests.json"), "{ \"tests\": [] }");

        var messages = Load().Problems.Select(p => p.Message).ToList();

        messages.ShouldContain(m => m.Contains("must start with a '# Wrong: ...' line"));
        messages.ShouldContain(m => m.Contains("at least 8 are needed"));
    }
}
