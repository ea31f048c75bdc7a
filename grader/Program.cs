using System.CommandLine;
using Grader.Commands;
using Grader.Rubric;
using Grader.Sandboxes;
using Grader.Submissions;

var root = new RootCommand(
    "Grades the socket-programming lab: runs student programs in a sandbox and probes them over real TCP and UDP sockets."
)
{
    GradeCommand.Create(),
    BatchCommand.Create(),
    MergeCommand.Create(),
    ImageCommand.Create(),
    ReapCommand.Create(), // hidden: the docker sandbox's watchdog
};

var parse = root.Parse(args);
if (parse.Errors.Count > 0)
{
    var message = string.Join(
        ' ',
        parse
            .Errors[0]
            .Message.Split(
                '\n',
                StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries
            )
    );
    Console.Error.WriteLine($"grader: {message} (see 'grader --help')");
    return ExitCodes.BadInput;
}

try
{
    return await parse.InvokeAsync(
        new InvocationConfiguration { EnableDefaultExceptionHandler = false }
    );
}
catch (Exception e) when (e is SubmissionException or AssignmentException)
{
    Console.Error.WriteLine($"grader: {e.Message}");
    return ExitCodes.BadInput;
}
catch (OperationCanceledException)
{
    // Ctrl+C or SIGTERM: whatever the grader started is already stopped and removed.
    Console.Error.WriteLine("grader: interrupted");
    return ExitCodes.Interrupted;
}
catch (SandboxUnavailableException e)
{
    Console.Error.WriteLine($"grader: cannot grade: {e.Message}");
    return ExitCodes.CouldNotGrade;
}
#pragma warning disable CA1031 // the last resort: a grader bug becomes one line and exit code 3, never a stack trace
catch (Exception e)
#pragma warning restore CA1031
{
    Console.Error.WriteLine(
        $"grader: internal error, please report it: {e.GetType().Name}: {e.Message}"
            + (
                Environment.GetEnvironmentVariable("GRADER_DEBUG") is null
                    ? " (GRADER_DEBUG=1 shows where)"
                    : $"\n{e}"
            )
    );
    return ExitCodes.CouldNotGrade;
}
