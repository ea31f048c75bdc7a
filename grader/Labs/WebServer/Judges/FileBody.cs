using System.Text;

namespace Grader.Labs.WebServer.Judges;

/// <summary>
/// Compares what a server sent with the file it was asked for, and recognises the file read in text mode: line
/// endings changed (<c>\r\n</c> read as <c>\n</c>, or the reverse), bytes that are not UTF-8 replaced, Latin-1 read
/// and UTF-8 written, characters outside ASCII written as <c>?</c>; each also with the skeleton's closing <c>\r\n</c>.
/// After a whole file it tells line endings (which show nothing) from anything more.
/// </summary>
public static class FileBody
{
    private static readonly byte[][] Trailers =
    [
        [],
        "\r\n"u8.ToArray(),
        "\n"u8.ToArray(),
    ];

    private static readonly (string Change, Func<byte[], byte[]> Apply)[] TextModes =
    [
        ("its `\\r\\n` line endings became `\\n`", CrLfToLf),
        ("its `\\n` line endings became `\\r\\n`", LfToCrLf),
        (
            "its bytes that are not UTF-8 were replaced by U+FFFD (`\\xEF\\xBF\\xBD`)",
            file => Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(file))
        ),
        (
            "it was decoded as Latin-1 and sent as UTF-8",
            file => Encoding.UTF8.GetBytes(Encoding.Latin1.GetString(file))
        ),
        (
            "its characters outside ASCII were sent as `?`",
            file => Encoding.ASCII.GetBytes(Encoding.UTF8.GetString(file))
        ),
    ];

    /// <summary>How <paramref name="sent"/>, the bytes after the headers, relates to <paramref name="file"/>.</summary>
    public static BodyMatch Compare(ReadOnlySpan<byte> file, ReadOnlySpan<byte> sent)
    {
        if (sent.SequenceEqual(file))
            return new BodyMatch(BodyMatchKind.Identical);
        if (sent.Length == 0)
            return new BodyMatch(BodyMatchKind.Empty);
        if (sent.StartsWith(file))
        {
            // Line endings after a page show nothing; anything else is more than the file.
            var extra = sent[file.Length..];
            return new BodyMatch(
                extra.ContainsAnyExcept((byte)'\r', (byte)'\n') ? BodyMatchKind.MoreAfter : BodyMatchKind.LineEndsAfter,
                Extra: extra.ToArray()
            );
        }
        if (file.StartsWith(sent))
            return new BodyMatch(BodyMatchKind.CutShort);
        if (TextModeChange(file.ToArray(), sent) is { } change)
            return new BodyMatch(BodyMatchKind.TextMode, Change: change);
        return new BodyMatch(BodyMatchKind.Differs, DiffersAt: sent.CommonPrefixLength(file));
    }

    // The first change, alone or followed by \r\n to \n, that turns the file into what was sent.
    private static string? TextModeChange(byte[] file, ReadOnlySpan<byte> sent)
    {
        foreach (var (change, apply) in TextModes)
        {
            var changed = apply(file);
            if (changed.AsSpan().SequenceEqual(file))
                continue;
            if (EndsAsSent(changed, sent))
                return change;
            var alsoLf = CrLfToLf(changed);
            if (!alsoLf.AsSpan().SequenceEqual(changed) && EndsAsSent(alsoLf, sent))
                return $"{change}, and its `\\r\\n` line endings became `\\n`";
        }
        return null;
    }

    private static bool EndsAsSent(byte[] changed, ReadOnlySpan<byte> sent)
    {
        foreach (var trailer in Trailers)
        {
            if (
                sent.Length == changed.Length + trailer.Length
                && sent.StartsWith(changed)
                && sent[changed.Length..].SequenceEqual(trailer)
            )
                return true;
        }
        return false;
    }

    private static byte[] CrLfToLf(byte[] bytes)
    {
        var result = new List<byte>(bytes.Length);
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] == '\r' && i + 1 < bytes.Length && bytes[i + 1] == '\n')
                continue;
            result.Add(bytes[i]);
        }
        return [.. result];
    }

    private static byte[] LfToCrLf(byte[] bytes)
    {
        var result = new List<byte>(bytes.Length);
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] == '\n' && (i == 0 || bytes[i - 1] != '\r'))
                result.Add((byte)'\r');
            result.Add(bytes[i]);
        }
        return [.. result];
    }
}
