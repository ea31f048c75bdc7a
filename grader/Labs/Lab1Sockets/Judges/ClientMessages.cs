using Grader.Launching;

namespace Grader.Labs.Lab1Sockets.Judges;

/// <summary>What a client printed, judged as a message for a user rather than a crash.</summary>
public static class ClientMessages
{
    /// <summary>Whether the client's output holds a Python traceback (or another runtime's stack trace).</summary>
    public static bool HasStackTrace(ProgramExit exit) =>
        exit.StandardError.Contains("Traceback (most recent call last)", StringComparison.Ordinal)
        || exit.StandardError.Contains("Exception in thread \"main\"", StringComparison.Ordinal)
        || exit.StandardError.Contains("Unhandled exception.", StringComparison.Ordinal);

    /// <summary>The last line the client printed, on either stream, or null when it printed nothing.</summary>
    public static string? LastLine(ProgramExit exit) =>
        (exit.StandardError + "\n" + exit.StandardOutput)
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(l => !l.EndsWith(':'))
            .LastOrDefault();
}
