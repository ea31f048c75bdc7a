using System.CommandLine;

namespace Grader.Commands;

/// <summary>The grader's command line: every command under one root, as <c>Program.cs</c> runs it and the tests parse
/// the command lines of the engine files in docs/engines/ with it.</summary>
internal static class GraderCommandLine
{
    /// <summary>The root command with every command of the grader; <paramref name="environment"/> is what
    /// <c>batch --shard auto</c> reads (this process's environment by default).</summary>
    public static RootCommand Create(IReadOnlyDictionary<string, string>? environment = null) =>
        new(
            "Grades the socket-programming labs (lab 1's sockets, a web server, a UDP pinger, a mail client): runs student programs in a sandbox and probes them over real TCP and UDP sockets."
        )
        {
            GradeCommand.Create(),
            BatchCommand.Create(environment),
            ClassCommand.Create(),
            LabsCommand.Create(),
            MergeCommand.Create(),
            SimilarityCommand.Create(),
            ImageCommand.Create(),
            GradescopeCommand.Create(),
            ReapCommand.Create(), // hidden: the docker sandbox's watchdog
        };
}
