using System.Net.Sockets;
using System.Text;

namespace Reference.Web;

/// <summary>
/// A request's head as far as the server needs it: how its reading ended, and its request line. The header fields
/// are read (the head is complete only at the blank line) but not used.
/// </summary>
/// <param name="End">How the reading ended.</param>
/// <param name="RequestLine">The first line that is not empty, without its line end; empty when none arrived.</param>
public sealed record RequestHead(RequestHeadEnd End, string RequestLine)
{
    // Replacement, not exception: a request line that is not UTF-8 is a bad request, never a crash.
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    /// <summary>
    /// Reads from <paramref name="connection"/> until the blank line that ends the head, however many segments it
    /// arrives in. Lines may end in CRLF or a bare LF; empty lines before the request line are skipped (RFC 9112,
    /// section 2.2).
    /// </summary>
    /// <param name="connection">The accepted connection.</param>
    /// <param name="cancellationToken">Abandons the read.</param>
    /// <returns>The head; bytes after the blank line (a body) are left unread.</returns>
    public static async Task<RequestHead> ReadAsync(Socket connection, CancellationToken cancellationToken)
    {
        var buffer = new byte[WebProtocol.MaxRequestHeadSize];
        var filled = 0;
        var scanned = 0;
        var lineStart = 0;
        string? requestLine = null;
        while (true)
        {
            for (; scanned < filled; scanned++)
            {
                if (buffer[scanned] != (byte)'\n')
                {
                    continue;
                }

                var line = buffer.AsSpan(lineStart, scanned - lineStart);
                line = line.EndsWith((byte)'\r') ? line[..^1] : line;
                lineStart = scanned + 1;
                if (line.IsEmpty && requestLine is not null)
                {
                    return new RequestHead(RequestHeadEnd.BlankLine, requestLine);
                }

                if (!line.IsEmpty)
                {
                    requestLine ??= Utf8.GetString(line);
                }
            }

            if (filled == buffer.Length)
            {
                return new RequestHead(RequestHeadEnd.TooLarge, requestLine ?? "");
            }

            var received = await connection.ReceiveAsync(buffer.AsMemory(filled), SocketFlags.None, cancellationToken);
            if (received == 0)
            {
                var end = filled == 0 ? RequestHeadEnd.NothingSent : RequestHeadEnd.ClosedEarly;
                return new RequestHead(end, requestLine ?? "");
            }

            filled += received;
        }
    }
}
