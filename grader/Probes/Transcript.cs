using System.Diagnostics;
using Grader.Results;

namespace Grader.Probes;

/// <summary>Records, in order and with timestamps, what the probes of one check did and saw.</summary>
public sealed class Transcript
{
    private readonly Lock _gate = new();
    private readonly List<TranscriptEntry> _entries = [];
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    /// <summary>Adds an event.</summary>
    public void Add(string peer, TranscriptEvent what, string? data = null, int bytes = 0)
    {
        var at = Math.Round(_clock.Elapsed.TotalMilliseconds, 1);
        lock (_gate)
            _entries.Add(new TranscriptEntry(at, peer, what, data, bytes));
    }

    /// <summary>Adds bytes sent or received, shown as text.</summary>
    public void AddBytes(string peer, TranscriptEvent what, ReadOnlySpan<byte> bytes) =>
        Add(peer, what, WireText.Show(bytes), bytes.Length);

    /// <summary>A remark by the grader.</summary>
    public void Note(string text) => Add("grader", TranscriptEvent.Note, text);

    /// <summary>The events so far.</summary>
    public IReadOnlyList<TranscriptEntry> Entries
    {
        get
        {
            lock (_gate)
                return [.. _entries];
        }
    }
}
