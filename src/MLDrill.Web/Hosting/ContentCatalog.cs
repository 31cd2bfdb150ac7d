using Microsoft.Extensions.Options;
using MLDrill.Domain.Questions;
using MLDrill.Infrastructure.Content;

namespace MLDrill.Web.Hosting;

/// <summary>Configuration section <c>Content</c>.</summary>
public sealed class ContentOptions
{
    public const string Section = "Content";

    /// <summary>The content folder (holds questions/). Defaults to the copy published beside the app.</summary>
    public string Path { get; set; } = System.IO.Path.Combine(AppContext.BaseDirectory, "content");
}

/// <summary>The content loaded once at start-up; invalid files are skipped and listed for the admin page.</summary>
public sealed class ContentCatalog
{
    public ContentCatalog(IOptions<ContentOptions> options, ILogger<ContentCatalog> logger)
    {
        Path = System.IO.Path.GetFullPath(options.Value.Path);
        Result = ContentLoader.Load(Path);
        foreach (var problem in Result.Problems)
        {
            logger.LogWarning("Content problem, file skipped: {Problem}", problem.ToString());
        }

        logger.LogInformation("Loaded {Count} questions and {Coding} coding problems from {Path} ({Problems} broken files)",
            Result.Bank.Count, Result.CodingProblems.Count, Path, Result.Problems.Count);
    }

    public string Path { get; }

    public ContentLoadResult Result { get; }

    public QuestionBank Bank => Result.Bank;
}
