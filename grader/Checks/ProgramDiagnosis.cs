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
            { ExitCode: { } code } => $"exited with code {code}",
            _ => $"was stopped ({exit.KilledBecause})",
        };
        if (ErrorSummary(exit.StandardError) is { } error)
            how = $"{how}: {error}";
        if (exit is { KilledByLimit: false, LimitHit: { } hit })
            how = $"{how} (limit reached: it {hit})";
        return exit.OutputCut is { } cut ? $"{how}; {cut}" : how;
    }

    /// <summary>The gist of an error output: the last line of a Python traceback with its file and line, a Java
    /// stack trace's exception (its root cause) with the program's own frame nearest to it, or the last
    /// line.</summary>
    public static string? ErrorSummary(string standardError)
    {
        ArgumentNullException.ThrowIfNull(standardError);
        var lines = standardError.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (lines.Length == 0)
            return null;
        if (JavaException(standardError) is { } java)
            return java;
        var last = WireText.Show(lines[^1], 200);
        var location = PythonLocation().Matches(standardError).LastOrDefault();
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
