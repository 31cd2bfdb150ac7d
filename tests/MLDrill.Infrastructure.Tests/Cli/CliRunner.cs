using System.CommandLine;
using MLDrill.Cli;

namespace MLDrill.Infrastructure.Tests.Cli;

/// <summary>Runs the CLI in-process with its real command table, capturing what it prints.</summary>
public static class CliRunner
{
    public static (int ExitCode, string Output, string Error) Run(params string[] args)
    {
        var root = new RootCommand();
        foreach (var command in CliCommands.All())
        {
            root.Subcommands.Add(command);
        }

        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = root.Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = error });
        return (exitCode, output.ToString(), error.ToString());
    }
}
