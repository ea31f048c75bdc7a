using System.Text;
using CliWrap;

namespace Grader.Launching;

/// <summary>
/// Collects what a program writes to one stream, keeping at most a fixed number of bytes and counting the rest,
/// so a program that prints forever costs the grader no memory beyond the cap.
/// </summary>
public sealed class CappedOutput(int capBytes)
{
    private readonly Lock _gate = new();

    // How much of the stream's end is kept beside the cap: enough for the one line a wrapper writes as it ends.
    private const int EndBytes = 256;

    private readonly MemoryStream _kept = new();
    private byte[] _end = [];
    private long _total;

    /// <summary>How many bytes the program wrote in all.</summary>
    public long TotalBytes
    {
        get
        {
            lock (_gate)
                return _total;
        }
    }

    /// <summary>Whether the program wrote more than the cap.</summary>
    public bool Truncated => TotalBytes > capBytes;

    /// <summary>The pipe target CliWrap writes the stream to.</summary>
    public PipeTarget Target =>
        PipeTarget.Create(
            async (stream, cancellationToken) =>
            {
                var buffer = new byte[16 * 1024];
                int read;
                while ((read = await stream.ReadAsync(buffer, cancellationToken)) > 0)
                {
                    lock (_gate)
                    {
                        var room = (int)Math.Max(0, capBytes - _kept.Length);
                        _kept.Write(buffer, 0, Math.Min(room, read));
                        _end = LastBytes(_end, buffer.AsSpan(0, read));
                        _total += read;
                    }
                }
            }
        );

    /// <summary>The last 256 bytes written so far, kept even past the cap, decoded as UTF-8: where a sandbox's wrapper
    /// says how the program ended after the program filled its output.</summary>
    public string End
    {
        get
        {
            lock (_gate)
                return Encoding.UTF8.GetString(_end);
        }
    }

    // The last EndBytes of end followed by more.
    private static byte[] LastBytes(byte[] end, ReadOnlySpan<byte> more)
    {
        var length = Math.Min(EndBytes, end.Length + more.Length);
        var fromMore = Math.Min(more.Length, length);
        var fromEnd = length - fromMore;
        var last = new byte[length];
        end.AsSpan(end.Length - fromEnd).CopyTo(last);
        more[^fromMore..].CopyTo(last.AsSpan(fromEnd));
        return last;
    }

    /// <summary>What was kept so far, decoded as UTF-8 (invalid bytes become U+FFFD); on Windows, whose runtimes end
    /// printed lines with CRLF, with lines ended by LF as everywhere else, so a verdict reads the same on every
    /// platform.</summary>
    public string Text
    {
        get
        {
            string text;
            lock (_gate)
                text = Encoding.UTF8.GetString(_kept.GetBuffer(), 0, (int)_kept.Length);
            return OperatingSystem.IsWindows() ? text.Replace("\r\n", "\n", StringComparison.Ordinal) : text;
        }
    }
}
