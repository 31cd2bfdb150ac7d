using MLDrill.Domain.Coding;
using MLDrill.Domain.Content;
using MLDrill.Domain.Questions;

namespace MLDrill.Infrastructure.Content;

/// <summary>
/// What loading the content folder produced: the valid questions and coding problems, and every content problem
/// (a broken file) found on the way.
/// </summary>
public sealed record ContentLoadResult(QuestionBank Bank, IReadOnlyList<ContentProblem> Problems, int FilesRead)
{
    public IReadOnlyList<CodingProblem> CodingProblems { get; init; } = [];
}

/// <summary>The one way content files are read, by the app at start-up and by <c>mldrill content validate</c>.</summary>
public static class ContentLoader
{
    /// <summary>
    /// Loads <c>questions/&lt;area&gt;/*.md</c> and <c>problems/&lt;id&gt;/</c> under <paramref name="contentRoot"/>.
    /// Never throws for bad content.
    /// </summary>
    public static ContentLoadResult Load(string contentRoot)
    {
        var questions = LoadQuestions(contentRoot);
        var (coding, codingProblems, folders) = LoadCodingProblems(contentRoot);
        return questions with
        {
            Problems = [.. questions.Problems, .. codingProblems],
            FilesRead = questions.FilesRead + folders,
            CodingProblems = coding,
        };
    }

    private static (List<CodingProblem>, List<ContentProblem>, int) LoadCodingProblems(string contentRoot)
    {
        var problemsDir = Path.Combine(contentRoot, "problems");
        if (!Directory.Exists(problemsDir))
        {
            return ([], [], 0);
        }

        var displayBase = Path.GetDirectoryName(Path.GetFullPath(contentRoot).TrimEnd(Path.DirectorySeparatorChar)) ?? contentRoot;
        var folders = Directory.EnumerateDirectories(problemsDir).Order(StringComparer.Ordinal).ToList();
        var coding = new List<CodingProblem>();
        var problems = new List<ContentProblem>();
        foreach (var folder in folders)
        {
            var (problem, found) = ProblemFolderParser.Parse(folder, Path.GetRelativePath(displayBase, folder).Replace('\\', '/'));
            problems.AddRange(found);
            if (problem is not null)
            {
                coding.Add(problem);
            }
        }

        return (coding, problems, folders.Count);
    }

    private static ContentLoadResult LoadQuestions(string contentRoot)
    {
        var questionsDir = Path.Combine(contentRoot, "questions");
        if (!Directory.Exists(questionsDir))
        {
            return new(QuestionBank.Empty, [new ContentProblem(questionsDir, 0, "content folder not found")], 0);
        }

        var displayBase = Path.GetDirectoryName(Path.GetFullPath(contentRoot).TrimEnd(Path.DirectorySeparatorChar)) ?? contentRoot;
        var files = Directory.EnumerateFiles(questionsDir, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        var problems = new List<ContentProblem>();
        var questions = new List<Question>();
        foreach (var path in files)
        {
            var display = Path.GetRelativePath(displayBase, path).Replace('\\', '/');
            var (question, fileProblems) = ParseFile(path, display);
            problems.AddRange(fileProblems);
            if (question is null)
            {
                continue;
            }

            var folder = Path.GetFileName(Path.GetDirectoryName(path));
            if (folder != question.Area.Id)
            {
                problems.Add(new ContentProblem(display, 1, $"area '{question.Area.Id}' does not match its folder '{folder}'"));
                continue;
            }

            questions.Add(question);
        }

        var bankProblems = QuestionRules.CheckBank(questions).ToList();
        problems.AddRange(bankProblems.Select(p => new ContentProblem(p.Question.Source, 1, p.Violation.Message)));
        var duplicates = bankProblems.Where(p => p.Violation.Field == "id").Select(p => p.Question).ToHashSet();
        return new(new QuestionBank(questions.Where(q => !duplicates.Contains(q))), problems, files.Count);
    }

    private static (Question?, IReadOnlyList<ContentProblem>) ParseFile(string path, string display)
    {
        const long maxBytes = 256 * 1024;
        try
        {
            if (new FileInfo(path).Length > maxBytes)
            {
                return (null, [new ContentProblem(display, 1, $"file is larger than {maxBytes / 1024} KiB")]);
            }

            var (question, problems) = QuestionFileParser.Parse(display, File.ReadAllText(path));
            return (question, problems);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, [new ContentProblem(display, 1, $"cannot read file: {e.Message}")]);
        }
    }
}
