using System.Text;

namespace Grader.Labs.MailClient.Probe;

/// <summary>
/// The bytes a mail client has sent and the probe has not yet taken as lines, split after each <c>\n</c>. Each chunk
/// is added with how many of the server's messages (greeting and replies) had gone out when it was read, and a line
/// carries the count of its first byte: a line read before a reply was sent was sent before it.
/// </summary>
internal sealed class ReceivedLines
{
    private readonly List<byte> _pending = [];

    // Where in _pending each chunk starts, and the count it was read at; the first always starts at 0.
    private readonly List<(int Offset, int Sent)> _chunks = [];

    /// <summary>Whether bytes are waiting that no line has taken yet.</summary>
    public bool HasPending => _pending.Count > 0;

    /// <summary>How many bytes are waiting.</summary>
    public int PendingBytes => _pending.Count;

    /// <summary>Adds <paramref name="bytes"/>, read when <paramref name="sent"/> of the server's messages had gone
    /// out.</summary>
    public void Add(ReadOnlySpan<byte> bytes, int sent)
    {
        if (bytes.IsEmpty)
            return;
        _chunks.Add((_pending.Count, sent));
        _pending.AddRange(bytes);
    }

    /// <summary>Drops every byte waiting.</summary>
    public void Clear()
    {
        _pending.Clear();
        _chunks.Clear();
    }

    /// <summary>Takes the next whole line, with its line ending as received, and the count its first byte was read
    /// at; false when no <c>\n</c> has come yet.</summary>
    public bool TryTakeLine(out string line, out int sent)
    {
        var end = _pending.IndexOf((byte)'\n');
        if (end < 0)
        {
            (line, sent) = ("", 0);
            return false;
        }
        (line, sent) = Take(end + 1);
        return true;
    }

    /// <summary>Takes what is left, a line with no <c>\n</c>; false when nothing is.</summary>
    public bool TryTakeRest(out string line, out int sent)
    {
        if (_pending.Count == 0)
        {
            (line, sent) = ("", 0);
            return false;
        }
        (line, sent) = Take(_pending.Count);
        return true;
    }

    private (string Line, int Sent) Take(int count)
    {
        var sent = _chunks[0].Sent;
        var line = Encoding.UTF8.GetString([.. _pending.Take(count)]);
        _pending.RemoveRange(0, count);
        // The chunk the next byte belongs to becomes the first, at offset 0.
        var rest = _chunks.Select(c => (Offset: c.Offset - count, c.Sent)).ToList();
        var first = rest.FindLastIndex(c => c.Offset <= 0);
        _chunks.Clear();
        if (_pending.Count > 0)
        {
            _chunks.Add((0, rest[first].Sent));
            _chunks.AddRange(rest.Skip(first + 1));
        }
        return (line, sent);
    }
}
