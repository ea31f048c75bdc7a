using System.Text.RegularExpressions;
using Grader.Launching;
using Grader.Probes;

namespace Grader.Checks;

/// <summary>Explains in words why a program stopped, from its exit code and its error output.</summary>
public static partial class ProgramDiagnosis
{
    /// <summary>"exited with code 1: SyntaxError at TCPClient.py line 7: …", or "was killed: …".</summary>
    public static string HowItEnded(ProgramExit exit)
    {
        var how = exit.ExitCode is { } code ? $"exited with code {code}" : $"was stopped ({exit.KilledBecause})";
        return ErrorSummary(exit.StandardError) is { } error ? $"{how}: {error}" : how;
    }

    /// <summary>The gist of an error output: the last line of a Python traceback with its file and line, or the last line.</summary>
    public static string? ErrorSummary(string standardError)
    {
        var lines = standardError.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (lines.Length == 0) return null;
        var last = WireText.Show(lines[^1], 200);
        var location = PythonLocation().Matches(standardError).LastOrDefault();
        var where = location is null ? "" : $" at {Path.GetFileName(location.Groups[1].Value)} line {location.Groups[2].Value}";
        var summary = last.StartsWith("SyntaxError", StringComparison.Ordinal) || last.Contains("Error", StringComparison.Ordinal)
            ? $"{last}{where}"
            : last;
        if (LooksLikePython2(standardError))
            summary += " (this looks like Python 2: use print(...) and input(), the lab is Python 3)";
        return summary;
    }

    private static bool LooksLikePython2(string standardError) =>
        standardError.Contains("Missing parentheses in call to 'print'", StringComparison.Ordinal)
        || standardError.Contains("name 'raw_input' is not defined", StringComparison.Ordinal);

    [GeneratedRegex("""File "([^"]+)", line (\d+)""")]
    private static partial Regex PythonLocation();
}
