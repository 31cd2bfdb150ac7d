using System.CommandLine;
using MLDrill.Cli;

var root = new RootCommand("mldrill: MLDrill's command line (content, judge, scheduling, database)");
foreach (var command in CliCommands.All())
{
    root.Subcommands.Add(command);
}

return await root.Parse(args).InvokeAsync();
