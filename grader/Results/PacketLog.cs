namespace Grader.Results;

/// <summary>
/// The packets of one check's exchange, in the order read, kept up to a number of bytes (<see cref="Add"/>): past it
/// nothing more is kept and <see cref="TruncatedAt"/> says so. Filled by a capture while the check runs; read once
/// grading is over.
/// </summary>
public sealed class PacketLog
{
    private readonly Lock _gate = new();
    private readonly List<CapturedPacket> _packets = [];
    private long _bytes;
    private long? _truncatedAt;

    /// <summary>A log of <paramref name="packets"/>, as read elsewhere (a container's worker).</summary>
    public static PacketLog Of(IEnumerable<CapturedPacket> packets)
    {
        var log = new PacketLog();
        log._packets.AddRange(packets);
        log._bytes = log._packets.Sum(p => (long)p.Frame.Length);
        return log;
    }

    /// <summary>Keeps <paramref name="frame"/>, read at <paramref name="at"/>, unless the log would then hold more than
    /// <paramref name="mostBytes"/> bytes of frames.</summary>
    public void Add(DateTimeOffset at, ReadOnlySpan<byte> frame, long mostBytes)
    {
        lock (_gate)
        {
            if (_truncatedAt is not null)
                return;
            if (_bytes + frame.Length > mostBytes)
            {
                _truncatedAt = _bytes;
                return;
            }
            _bytes += frame.Length;
            _packets.Add(new CapturedPacket(at, frame.ToArray()));
        }
    }

    /// <summary>Moves every packet of <paramref name="earlier"/> to the front of this log.</summary>
    public void TakeFrom(PacketLog earlier)
    {
        ArgumentNullException.ThrowIfNull(earlier);
        List<CapturedPacket> moved;
        lock (earlier._gate)
        {
            moved = [.. earlier._packets];
            earlier._packets.Clear();
            earlier._bytes = 0;
        }
        lock (_gate)
        {
            _packets.InsertRange(0, moved);
            _bytes += moved.Sum(p => (long)p.Frame.Length);
        }
    }

    /// <summary>The packets kept so far.</summary>
    public IReadOnlyList<CapturedPacket> Packets
    {
        get
        {
            lock (_gate)
                return [.. _packets];
        }
    }

    /// <summary>The bytes kept when a packet first did not fit, or null when every packet did.</summary>
    public long? TruncatedAt
    {
        get
        {
            lock (_gate)
                return _truncatedAt;
        }
    }
}
