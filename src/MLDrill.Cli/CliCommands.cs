using System.CommandLine;

namespace MLDrill.Cli;

/// <summary>The command groups of the CLI, in the order the help lists them.</summary>
public static class CliCommands
{
    public static IEnumerable<Command> All() => [Commands.ContentCommands.Create(), Commands.JudgeCommands.Create(), Commands.FsrsCommands.Create(), Commands.DatabaseCommands.Create()];
}
