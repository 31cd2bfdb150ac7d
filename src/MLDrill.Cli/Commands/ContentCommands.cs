using System.CommandLine;
using System.Text;
using System.Text.Json;
using MLDrill.Domain.Questions;
using MLDrill.Infrastructure.Content;

namespace MLDrill.Cli.Commands;

/// <summary><c>mldrill content validate</c>: checks every content file the way the app loads it.</summary>
public static class ContentCommands
{
    private static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    /// <summary>Markdown tables, ready to paste into the README.</summary>
    public static string FormatTables(BankStatistics statistics)
    {
        var text = new StringBuilder();
        text.AppendLine($"{statistics.Total} questions ({statistics.SeedQuestions} from the seed article)").AppendLine();
        Table("area", statistics.ByArea);
        Table("kind", statistics.ByKind);
        Table("difficulty", statistics.ByDifficulty);
        Table("topic", statistics.ByTopic);
        return text.ToString();

        void Table(string name, IReadOnlyDictionary<string, int> counts)
        {
            text.AppendLine($"| {name} | questions |").AppendLine("|---|---:|");
            foreach (var (key, count) in counts)
            {
                text.AppendLine($"| {key} | {count} |");
            }

            text.AppendLine();
        }
    }

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
                $"{result.FilesRead} files, {result.Bank.Count} valid questions, {result.CodingProblems.Count} valid coding problems, {result.Problems.Count} problems");
            return Task.FromResult(result.Problems.Count == 0 && result.FilesRead > 0 ? 0 : 1);
        });

        var stats = new Command("stats", "Count questions per area, kind, difficulty and topic");
        var json = new Option<bool>("--json") { Description = "Print JSON instead of tables" };
        stats.Options.Add(path);
        stats.Options.Add(json);
        stats.SetAction((parseResult, _) =>
        {
            var result = ContentLoader.Load(parseResult.GetValue(path)!.FullName);
            var statistics = BankStatistics.Of(result.Bank);
            var output = parseResult.InvocationConfiguration.Output;
            output.Write(parseResult.GetValue(json)
                ? JsonSerializer.Serialize(statistics, JsonOptions) + "\n"
                : FormatTables(statistics));
            if (result.Problems.Count > 0)
            {
                parseResult.InvocationConfiguration.Error.WriteLine($"{result.Problems.Count} invalid files were left out; run 'mldrill content validate'");
            }

            return Task.FromResult(0);
        });

        var content = new Command("content", "Question content");
        content.Subcommands.Add(validate);
        content.Subcommands.Add(stats);
        return content;
    }
}
