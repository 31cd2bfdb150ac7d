using System.CommandLine;
using MLDrill.Infrastructure.Content;

namespace MLDrill.Cli.Commands;

/// <summary><c>mldrill content validate</c>: checks every content file the way the app loads it.</summary>
public static class ContentCommands
{
    public static Command Create()
    {
        var path = new Option<DirectoryInfo>("--path")
        {
            Description = "The content folder (holds questions/)",
            DefaultValueFactory = _ => new DirectoryInfo("content"),
        };
        var validate = new Command("validate", "Check every content file; prints file:line: message per problem, exits 1 if any");
        validate.Options.Add(path);
        validate.SetAction((parseResult, _) =>
        {
            var root = parseResult.GetValue(path)!;
            var result = ContentLoader.Load(root.FullName);
            foreach (var problem in result.Problems)
            {
                parseResult.InvocationConfiguration.Error.WriteLine(problem.ToString());
            }

            parseResult.InvocationConfiguration.Output.WriteLine(
                $"{result.FilesRead} files, {result.Bank.Count} valid questions, {result.Problems.Count} problems");
            return Task.FromResult(result.Problems.Count == 0 && result.FilesRead > 0 ? 0 : 1);
        });

        var content = new Command("content", "Question content");
        content.Subcommands.Add(validate);
        return content;
    }
}
