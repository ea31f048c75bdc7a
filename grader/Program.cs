using System.CommandLine;
using Grader.Commands;
using Grader.Errors;

var root = new RootCommand(
    "Grades the socket-programming labs (lab 1's sockets, a web server, a UDP pinger, a mail client): runs student programs in a sandbox and probes them over real TCP and UDP sockets."
)
{
    GradeCommand.Create(),
    BatchCommand.Create(),
    ClassCommand.Create(),
    LabsCommand.Create(),
    MergeCommand.Create(),
    SimilarityCommand.Create(),
    ImageCommand.Create(),
    GradescopeCommand.Create(),
    ReapCommand.Create(), // hidden: the docker sandbox's watchdog
};

try
{
    var parse = root.Parse(args);
    if (parse.Errors.Count > 0)
    {
        // The first problem only, in one line: a bad option value is reported here, by its validator, before any
        // action runs.
        Console.Error.WriteLine($"grader: {OneLine(parse.Errors[0].Message)} (see 'grader --help')");
        return ExitCodes.BadInput;
    }
    // A plain user's grader restarts in a user namespace of its own here, before it has done anything.
    await SandboxOption.EnterUserNamespaceIfWantedAsync(parse, CancellationToken.None);
    return await parse.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
catch (GraderException e)
{
    // The one place a user's problem becomes its line and exit code: commands only throw.
    Console.Error.WriteLine($"grader: {OneLine(e.Line)}");
    return e.ExitCode;
}
catch (OperationCanceledException)
{
    // Ctrl+C or SIGTERM: whatever the grader started is already stopped and removed.
    Console.Error.WriteLine("grader: interrupted");
    return ExitCodes.Interrupted;
}
#pragma warning disable CA1031 // the last resort: a grader bug becomes one line and exit code 3, never a stack trace
catch (Exception e)
#pragma warning restore CA1031
{
    Console.Error.WriteLine(
        $"grader: internal error, please report it: {e.GetType().Name}: {OneLine(e.Message)}"
            + (
                Environment.GetEnvironmentVariable("GRADER_DEBUG") is not { Length: > 0 }
                    ? " (GRADER_DEBUG=1 shows where)"
                    : $"\n{e}"
            )
    );
    return ExitCodes.CouldNotGrade;
}

// A message as one line: the lines of a multi-line one (a parser's, an engine's) joined with spaces.
static string OneLine(string message) =>
    string.Join(' ', message.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
