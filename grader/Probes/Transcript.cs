using System.Diagnostics;
using Grader.Results;
using Grader.Sandboxes;

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

    /// <summary>The packets of this exchange, where a capture of its network is attached to it (<see
    /// cref="PacketCapture"/>), or null.</summary>
    public PacketLog? Packets { get; private set; }

    /// <summary>Gives this transcript the packets of its exchange, <paramref name="network"/>'s capture from now on
    /// (and what it read before any transcript had it); nothing where the network is not captured.</summary>
    public async Task CaptureAsync(ISandboxNetwork network)
    {
        ArgumentNullException.ThrowIfNull(network);
        if (network.Capture is not { } capture)
            return;
        var log = new PacketLog();
        await capture.SwitchToAsync(log);
        Packets = log;
    }

    /// <summary>The events so far, with the exchange's packets.</summary>
    public IReadOnlyList<TranscriptEntry> Entries
    {
        get
        {
            lock (_gate)
                return new TranscriptEntries([.. _entries], Packets);
        }
    }
}
