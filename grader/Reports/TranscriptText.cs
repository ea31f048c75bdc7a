using System.Globalization;
using Grader.Results;

namespace Grader.Reports;

/// <summary>A transcript and a program's output as plain lines, for the text formats.</summary>
public static class TranscriptText
{
    /// <summary>How many of a program's last output lines reports show.</summary>
    public const int OutputLinesShown = 6;

    /// <summary>One line per event: time, peer, what happened and the data.</summary>
    public static IEnumerable<string> Lines(IReadOnlyList<TranscriptEntry> transcript, int max = int.MaxValue)
    {
        foreach (var entry in transcript.Take(max))
        {
            var data = entry.Data is null ? "" : $" {entry.Data}";
            yield return string.Create(
                CultureInfo.InvariantCulture,
                $"{entry.AtMs, 8:0.0} ms  {entry.Peer, -14} {Describe(entry.Event)}{data}"
            );
        }
        if (transcript.Count > max)
            yield return $"… {transcript.Count - max} more events in the JSON result";
    }

    /// <summary>The last lines of the program's standard output and error, each under a heading; nothing when it
    /// printed nothing.</summary>
    public static IEnumerable<string> OutputLines(ProgramOutput? output)
    {
        foreach (var (name, text) in Streams(output))
        {
            yield return $"program's {name} (last lines):";
            foreach (var line in LastLines(text))
                yield return $"│ {line}";
        }
    }

    /// <summary>The program's non-empty streams, named.</summary>
    public static IEnumerable<(string Name, string Text)> Streams(ProgramOutput? output)
    {
        if (output is null)
            yield break;
        if (output.StandardOutput.Trim().Length > 0)
            yield return ("standard output", output.StandardOutput);
        if (output.StandardError.Trim().Length > 0)
            yield return ("standard error", output.StandardError);
    }

    /// <summary>The last non-empty lines of <paramref name="text"/>.</summary>
    public static IEnumerable<string> LastLines(string text, int count = OutputLinesShown) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => l.TrimEnd())
            .Where(l => l.Length > 0)
            .TakeLast(count);

    /// <summary>What an event is called in reports.</summary>
    public static string Describe(TranscriptEvent what) =>
        what switch
        {
            TranscriptEvent.Connected => "connected",
            TranscriptEvent.Accepted => "program connected",
            TranscriptEvent.Sent => "→ grader sent",
            TranscriptEvent.Received => "← program sent",
            TranscriptEvent.ClosedByProgram => "program closed the connection",
            TranscriptEvent.Closed => "closed",
            TranscriptEvent.Reset => "reset the connection",
            TranscriptEvent.ResetByProgram => "program reset the connection",
            TranscriptEvent.TimedOut => "timed out:",
            TranscriptEvent.Refused => "refused:",
            _ => "note:",
        };
}
