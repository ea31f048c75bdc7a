using System.Net;
using System.Net.Sockets;
using System.Text;
using Reference.Terminal;

namespace Reference.Mail;

/// <summary>
/// One SMTP connection seen from the client: commands out, replies in (multi-line ones too), each shown on
/// standard output as <c>C: ...</c> and <c>S: ...</c>. A reply that does not come, or does not parse, ends the
/// session with a user-facing error.
/// </summary>
public sealed class SmtpSession : IDisposable
{
    // Replacement, not exception: a reply that is not UTF-8 is still shown.
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    private readonly Socket socket;
    private readonly StandardStreams console;
    private readonly byte[] buffer = new byte[MailDefaults.MaxReplyLine];
    private int start;
    private int end;

    private SmtpSession(Socket socket, string server, StandardStreams console)
    {
        this.socket = socket;
        this.console = console;
        Server = server;
    }

    /// <summary>The server as the user named it, <c>host:port</c>, for messages.</summary>
    public string Server { get; }

    /// <summary>Connects to the mail server.</summary>
    /// <param name="endpoint">The server's resolved address.</param>
    /// <param name="host">The host as the user named it.</param>
    /// <param name="port">The server's port.</param>
    /// <param name="console">Where the transcript goes.</param>
    /// <param name="cancellationToken">Abandons the connection attempt.</param>
    /// <returns>The open session, owned by the caller.</returns>
    /// <exception cref="UserFacingException">The server cannot be reached.</exception>
    public static async Task<SmtpSession> ConnectAsync(
        IPEndPoint endpoint,
        string host,
        int port,
        StandardStreams console,
        CancellationToken cancellationToken
    )
    {
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        try
        {
            await socket.ConnectAsync(endpoint, cancellationToken);
            return new SmtpSession(socket, $"{host}:{port}", console);
        }
        catch (SocketException exception)
        {
            socket.Dispose();
            var reason =
                exception.SocketErrorCode == SocketError.ConnectionRefused
                    ? "connection refused (is the mail server running?)"
                    : exception.Message;
            var address = endpoint.Address.ToString() == host ? "" : $" ({endpoint.Address})";
            throw new UserFacingException($"Cannot connect to {host}:{port}{address}: {reason}.", exception);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    /// <summary>The name the client gives in <c>HELO</c>: its address on this connection, as an address literal
    /// (RFC 5321, section 4.1.3), which is always valid where a host name may not be.</summary>
    public string ClientName =>
        socket.LocalEndPoint is IPEndPoint local ? $"[{local.Address}]" : $"[{IPAddress.Loopback}]";

    /// <summary>Sends one command line, ending it with CRLF.</summary>
    /// <param name="command">The command, such as <c>MAIL FROM:&lt;a@b&gt;</c>.</param>
    /// <param name="cancellationToken">Abandons the send.</param>
    /// <returns>A task that completes once the line has been handed to the kernel.</returns>
    /// <exception cref="UserFacingException">The connection broke.</exception>
    public async Task SendCommandAsync(string command, CancellationToken cancellationToken)
    {
        await console.Out.WriteLineAsync($"C: {command}");
        await SendAsync(Encoding.UTF8.GetBytes(command + "\r\n"), command, cancellationToken);
    }

    /// <summary>Sends the message's data, already in its wire form; shown as one line in the transcript.</summary>
    /// <param name="data">The bytes, ending in <c>\r\n.\r\n</c>.</param>
    /// <param name="lines">How many lines the body has, for the transcript.</param>
    /// <param name="cancellationToken">Abandons the send.</param>
    /// <returns>A task that completes once every byte has been handed to the kernel.</returns>
    /// <exception cref="UserFacingException">The connection broke.</exception>
    public async Task SendDataAsync(byte[] data, int lines, CancellationToken cancellationToken)
    {
        await console.Out.WriteLineAsync($"C: (the message: {data.Length} bytes, {lines} lines of body, then .)");
        await SendAsync(data, "the message", cancellationToken);
    }

    /// <summary>Reads one reply, all its lines (<c>250-first</c> … <c>250 last</c>), within
    /// <paramref name="timeout"/>.</summary>
    /// <param name="answering">What the reply answers, for an error message (<c>the greeting</c>,
    /// <c>RCPT TO</c>).</param>
    /// <param name="timeout">How long to wait for the whole reply.</param>
    /// <param name="cancellationToken">Abandons the wait.</param>
    /// <returns>The reply.</returns>
    /// <exception cref="UserFacingException">No reply in time, the connection closed, or a line that is not a
    /// reply.</exception>
    public async Task<SmtpReply> ReadReplyAsync(string answering, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        var texts = new List<string>();
        try
        {
            while (true)
            {
                var line = await ReadLineAsync(answering, deadline.Token);
                await console.Out.WriteLineAsync($"S: {line}");
                if (!IsReplyLine(line) || (texts.Count > 0 && line[..3] != PreviousCode(texts)))
                {
                    throw new UserFacingException(
                        $"The mail server at {Server} answered {answering} with '{line}', which is not an SMTP reply."
                    );
                }

                texts.Add(line);
                if (line.Length == 3 || line[3] == ' ')
                {
                    var text = string.Join(' ', texts.Select(reply => reply.Length > 4 ? reply[4..] : ""));
                    return new SmtpReply(int.Parse(line[..3], System.Globalization.CultureInfo.InvariantCulture), text);
                }
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new UserFacingException(
                $"The mail server at {Server} did not answer {answering} within {timeout.TotalSeconds} s."
            );
        }
    }

    /// <inheritdoc />
    public void Dispose() => socket.Dispose();

    private static bool IsReplyLine(string line) =>
        line.Length >= 3
        && line[0] is >= '2' and <= '5'
        && char.IsAsciiDigit(line[1])
        && char.IsAsciiDigit(line[2])
        && (line.Length == 3 || line[3] is ' ' or '-');

    private static string PreviousCode(List<string> lines) => lines[^1][..3];

    private async Task SendAsync(ReadOnlyMemory<byte> bytes, string what, CancellationToken cancellationToken)
    {
        try
        {
            while (!bytes.IsEmpty)
            {
                var sent = await socket.SendAsync(bytes, SocketFlags.None, cancellationToken);
                bytes = bytes[sent..];
            }
        }
        catch (SocketException exception)
        {
            throw new UserFacingException(
                $"The connection to the mail server at {Server} broke while sending {what}: {exception.Message}.",
                exception
            );
        }
    }

    /// <summary>Reads one line, without its CRLF (or bare LF).</summary>
    private async Task<string> ReadLineAsync(string answering, CancellationToken cancellationToken)
    {
        while (true)
        {
            var newline = Array.IndexOf(buffer, (byte)'\n', start, end - start);
            if (newline >= 0)
            {
                var line = buffer.AsSpan(start, newline - start);
                start = newline + 1;
                return Utf8.GetString(line.EndsWith((byte)'\r') ? line[..^1] : line);
            }

            if (start > 0)
            {
                // Keep the partial line at the front so the buffer's whole length is there for it.
                Array.Copy(buffer, start, buffer, 0, end - start);
                end -= start;
                start = 0;
            }

            if (end == buffer.Length)
            {
                throw new UserFacingException(
                    $"The mail server at {Server} answered {answering} with a line longer than "
                        + $"{MailDefaults.MaxReplyLine} bytes."
                );
            }

            int received;
            try
            {
                received = await socket.ReceiveAsync(buffer.AsMemory(end), SocketFlags.None, cancellationToken);
            }
            catch (SocketException exception)
            {
                throw new UserFacingException(
                    $"The connection to the mail server at {Server} broke while waiting for the reply to "
                        + $"{answering}: {exception.Message}.",
                    exception
                );
            }

            if (received == 0)
            {
                throw new UserFacingException(
                    $"The mail server at {Server} closed the connection instead of answering {answering}."
                );
            }

            end += received;
        }
    }
}
