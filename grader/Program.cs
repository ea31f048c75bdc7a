using System.CommandLine;
using Grader.Commands;
using Grader.Rubric;
using Grader.Sandboxes;
using Grader.Submissions;

var root = new RootCommand("Grades the socket-programming lab: runs student programs in a sandbox and probes them over real TCP and UDP sockets.")
{
    GradeCommand.Create(),
    ImageCommand.Create(),
};

var parse = root.Parse(args);
if (parse.Errors.Count > 0)
{
    var message = string.Join(' ', parse.Errors[0].Message.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
    Console.Error.WriteLine($"grader: {message} (see 'grader --help')");
    return ExitCodes.BadInput;
}

try
{
    return await parse.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
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
