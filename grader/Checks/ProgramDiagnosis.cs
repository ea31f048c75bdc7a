using System.Text.RegularExpressions;
using Grader.Launching;
using Grader.Probes;

namespace Grader.Checks;

/// <summary>Explains in words why a program stopped, from its exit code and its error output.</summary>
public static partial class ProgramDiagnosis
{
    /// <summary>
    /// "exited with code 1: SyntaxError at TCPClient.py line 7: …", "was stopped (…)", or, at a limit,
    /// "was killed: more than 256 processes" and "exited with code 1: MemoryError (it used more than 512 MiB, its
    /// limit)"; with "; output cut at 64 KiB" when it printed more than the grader keeps.
    /// </summary>
    public static string HowItEnded(ProgramExit exit)
    {
        ArgumentNullException.ThrowIfNull(exit);
        var how = exit switch
        {
            { KilledByLimit: true, LimitHit: { } limit } => $"was killed: {limit}",
            { ExitCode: { } code } when Signal(code) is { } signal => $"was killed by {signal}",
            { ExitCode: { } code } => $"exited with code {code}",
            _ => $"was stopped ({exit.KilledBecause})",
        };
        if (ErrorSummary(exit.StandardError) is { } error)
            how = $"{how}: {error}";
        if (exit is { KilledByLimit: false, LimitHit: { } hit })
            how = $"{how} (limit reached: it {hit})";
        return exit.OutputCut is { } cut ? $"{how}; {cut}" : how;
    }

    /// <summary>
    /// The gist of an error output: the last line of a Python traceback with its file and line, a Java stack trace's
    /// exception (its root cause) or a .NET program's unhandled exception, with the program's own frame nearest to it,
    /// or the last line.
    /// </summary>
    public static string? ErrorSummary(string standardError)
    {
        ArgumentNullException.ThrowIfNull(standardError);
        var lines = standardError.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (lines.Length == 0)
            return null;
        if ((JavaException(standardError) ?? DotnetException(lines)) is { } uncaught)
            return uncaught;
        var last = WireText.Show(lines[^1], 200);
        // The innermost frame in the program's own files: not the interpreter's frozen modules or its library.
        var location = PythonLocation()
            .Matches(standardError)
            .LastOrDefault(frame =>
                !frame.Groups[1].Value.StartsWith('<')
                && !frame.Groups[1].Value.Contains("/lib/python", StringComparison.Ordinal)
            );
        var where = location is null
            ? ""
            : $" at {Path.GetFileName(location.Groups[1].Value)} line {location.Groups[2].Value}";
        var summary =
            last.StartsWith("SyntaxError", StringComparison.Ordinal) || last.Contains("Error", StringComparison.Ordinal)
                ? $"{last}{where}"
                : last;
        if (LooksLikePython2(standardError))
            summary += " (this looks like Python 2: use print(...) and input(), the lab is Python 3)";
        // ENOTCONN: a read or write on a TCP socket with no connection, which a UDP server written with SOCK_STREAM
        // does.
        if (standardError.Contains("Transport endpoint is not connected", StringComparison.Ordinal))
            summary +=
                " (a TCP socket with no connection: the listening socket instead of the accepted one, or SOCK_STREAM where UDP's SOCK_DGRAM was meant)";
        return summary;
    }

    // A process killed by a signal ends with 128 and the signal's number (as a shell reports it, and the launch's
    // wrappers pass it on): the signals a crashing program gets, each with what usually sends it.
    private static string? Signal(int exitCode) =>
        (exitCode - 128) switch
        {
            4 => "signal 4 (SIGILL: an illegal instruction)",
            6 =>
                "signal 6 (SIGABRT: it aborted, by a failed assertion, an uncaught C++ exception or memory the C library found corrupted)",
            7 => "signal 7 (SIGBUS: a bad memory access)",
            8 => "signal 8 (SIGFPE: an arithmetic error, such as a division by zero)",
            9 => "signal 9 (SIGKILL, from outside the program)",
            11 => "signal 11 (SIGSEGV: a segmentation fault, such as a bad pointer or an array indexed past its end)",
            13 =>
                "signal 13 (SIGPIPE: it wrote to a connection the other side had closed; send with MSG_NOSIGNAL or ignore SIGPIPE)",
            15 => "signal 15 (SIGTERM, from outside the program)",
            _ => null,
        };

    // The .NET runtime's "Unhandled exception. System.Net.Sockets.SocketException (111): Connection refused", then its
    // stack, whose first frame in a file of the program's own says where (the runtime's frames name its build's paths,
    // "/_/src/libraries/…", or none). The last line of such an output is a frame of the stack, which says nothing.
    private static string? DotnetException(string[] lines)
    {
        const string unhandled = "Unhandled exception. ";
        var start = Array.FindIndex(lines, line => line.StartsWith(unhandled, StringComparison.Ordinal));
        if (start < 0)
            return null;
        var where = lines
            .Skip(start + 1)
            .Select(line => OwnDotnetFrame().Match(line))
            .FirstOrDefault(frame => frame.Success);
        var location = where is null
            ? ""
            : $" at {Path.GetFileName(where.Groups["file"].Value)} line {where.Groups["line"].Value}";
        return $"{WireText.Show(lines[start][unhandled.Length..], 200)}{location}";
    }

    [GeneratedRegex(@"^at .+ in (?<file>(?!/_/).+\.cs):line (?<line>\d+)$")]
    private static partial Regex OwnDotnetFrame();

    // "java.net.ConnectException: Connection refused at SMTPClient.java line 27": the last exception thrown (a chain's
    // root cause comes last, after "Caused by:"), and the first frame of the program's own code after it (the
    // runtime's frames name their module, "java.base/"), or anywhere when the cause's frames are elided ("... 3 more").
    private static string? JavaException(string standardError)
    {
        var thrown = JavaThrown().Matches(standardError);
        if (thrown.Count == 0)
            return null;
        var last = thrown[^1];
        var frame = JavaFrame().Match(standardError, last.Index) is { Success: true } after
            ? after
            : JavaFrame().Match(standardError);
        var where = frame.Success ? $" at {frame.Groups["file"].Value} line {frame.Groups["line"].Value}" : "";
        return $"{WireText.Show(last.Groups["what"].Value.Trim(), 200)}{where}";
    }

    private static bool LooksLikePython2(string standardError) =>
        standardError.Contains("Missing parentheses in call to 'print'", StringComparison.Ordinal)
        || standardError.Contains("name 'raw_input' is not defined", StringComparison.Ordinal);

    [GeneratedRegex("""File "([^"]+)", line (\d+)""")]
    private static partial Regex PythonLocation();

    [GeneratedRegex("""(?m)^(?:Exception in thread "[^"\r\n]*" |Caused by: )(?<what>[\w.$]+(?::[^\r\n]*)?)""")]
    private static partial Regex JavaThrown();

    [GeneratedRegex(@"(?m)^\s+at (?![\w.$]+/)[\w.$<>]+\((?<file>[\w$]+\.java):(?<line>\d+)\)")]
    private static partial Regex JavaFrame();
}
