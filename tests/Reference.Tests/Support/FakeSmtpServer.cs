using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Reference.Tests.Support;

/// <summary>
/// An SMTP server played by the test on 127.0.0.1 and a free port, for one client: it answers each command with the
/// reply its script gives for the command's verb, records every line exactly as it arrived (CRLF included) and the
/// message's data, and can watch for a client that talks before it is answered.
/// </summary>
/// <remarks>
/// Script keys: <c>greeting</c>, the verbs (<c>HELO</c>, <c>EHLO</c>, <c>MAIL</c>, <c>RCPT</c>, <c>DATA</c>,
/// <c>QUIT</c>) and <c>message</c> (the reply after the data's final dot). A reply may have several lines, separated
/// by CRLF. The value <see cref="Hang"/> closes the connection instead of replying. Unscripted steps get the
/// usual success: 220, 250, 354, 221.
/// </remarks>
public sealed class FakeSmtpServer : IAsyncDisposable
{
    /// <summary>A script value: close the connection instead of answering.</summary>
    public const string Hang = "(close)";

    private static readonly IReadOnlyDictionary<string, string> Usual = new Dictionary<string, string>
    {
        ["greeting"] = "220 test.example ESMTP ready",
        ["DATA"] = "354 End data with <CR><LF>.<CR><LF>",
        ["message"] = "250 2.0.0 Ok: queued as 12345",
        ["QUIT"] = "221 2.0.0 Bye",
    };

    private readonly Socket listener = new(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
    private readonly IReadOnlyDictionary<string, string> script;
    private readonly IReadOnlySet<string> watched;
    private readonly CancellationTokenSource stop = new();
    private readonly List<byte> pending = [];
    private readonly List<string> lines = [];
    private readonly List<string> early = [];
    private Socket? connection;

    /// <param name="script">Replies by step, over the usual ones.</param>
    /// <param name="watched">
    /// Steps before whose reply the server waits <see cref="Timeouts.Silence"/> to see whether the client sends
    /// anything unasked (it must not).
    /// </param>
    public FakeSmtpServer(IReadOnlyDictionary<string, string>? script = null, IReadOnlySet<string>? watched = null)
    {
        this.script = script ?? new Dictionary<string, string>();
        this.watched = watched ?? new HashSet<string>();
        listener.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        listener.Listen(1);
        Session = ServeAsync();
    }

    /// <summary>The port the server listens on.</summary>
    public int Port => ((IPEndPoint)listener.LocalEndPoint!).Port;

    /// <summary>Completes when the client's connection is over.</summary>
    public Task Session { get; }

    /// <summary>Every command line received, CRLF included, in order (the message's data apart).</summary>
    public IReadOnlyList<string> Lines => lines;

    /// <summary>The message's data exactly as received, from after the 354 reply to the final <c>.\r\n</c>
    /// included; null when none was sent.</summary>
    public byte[]? Data { get; private set; }

    /// <summary>The steps before whose reply the client sent something.</summary>
    public IReadOnlyList<string> Early => early;

    /// <summary>Stops the server.</summary>
    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        try
        {
            await Session;
        }
        catch (OperationCanceledException)
        {
            // Stopped before the client came or finished.
        }

        connection?.Dispose();
        listener.Dispose();
        stop.Dispose();
    }

    private async Task ServeAsync()
    {
        connection = await listener.AcceptAsync(stop.Token);
        using (connection)
        {
            if (!await ReplyAsync("greeting"))
            {
                return;
            }

            while (await ReadLineAsync() is { } line)
            {
                var text = Encoding.UTF8.GetString(line);
                lines.Add(text);
                var verb = text.Split(' ', ':', '\r', '\n')[0].ToUpperInvariant();
                if (!await ReplyAsync(verb) || verb == "QUIT")
                {
                    return;
                }

                if (verb == "DATA" && Reply("DATA").StartsWith("354", StringComparison.Ordinal))
                {
                    Data = await ReadDataAsync();
                    if (Data is null || !await ReplyAsync("message"))
                    {
                        return;
                    }
                }
            }
        }
    }

    private string Reply(string step) => script.GetValueOrDefault(step) ?? Usual.GetValueOrDefault(step) ?? "250 Ok";

    /// <returns>Whether the session goes on.</returns>
    private async Task<bool> ReplyAsync(string step)
    {
        if (watched.Contains(step) && await ArrivesWithinSilenceAsync())
        {
            early.Add(step);
        }

        var reply = Reply(step);
        if (reply == Hang)
        {
            connection!.Shutdown(SocketShutdown.Both);
            return false;
        }

        await connection!.SendAsync(Encoding.UTF8.GetBytes(reply + "\r\n"), SocketFlags.None, stop.Token);
        return true;
    }

    private async Task<bool> ArrivesWithinSilenceAsync()
    {
        if (pending.Count > 0)
        {
            return true;
        }

        using var silence = CancellationTokenSource.CreateLinkedTokenSource(stop.Token);
        silence.CancelAfter(Timeouts.Silence);
        try
        {
            return await ReceiveMoreAsync(silence.Token);
        }
        catch (OperationCanceledException) when (!stop.IsCancellationRequested)
        {
            return false;
        }
    }

    /// <summary>One line, up to and including its LF; null when the client closed.</summary>
    private async Task<byte[]?> ReadLineAsync()
    {
        while (true)
        {
            var newline = pending.IndexOf((byte)'\n');
            if (newline >= 0)
            {
                var line = pending[..(newline + 1)].ToArray();
                pending.RemoveRange(0, newline + 1);
                return line;
            }

            if (!await ReceiveMoreAsync(stop.Token))
            {
                return null;
            }
        }
    }

    /// <summary>Everything up to and including the <c>\r\n.\r\n</c> that ends the data; null when the client
    /// closed first.</summary>
    private async Task<byte[]?> ReadDataAsync()
    {
        var data = new List<byte>();
        while (true)
        {
            var line = await ReadLineAsync();
            if (line is null)
            {
                return null;
            }

            var atLineStart = data.Count == 0 || data[^1] == (byte)'\n';
            data.AddRange(line);
            if (atLineStart && line.AsSpan().SequenceEqual(".\r\n"u8))
            {
                return [.. data];
            }
        }
    }

    private async Task<bool> ReceiveMoreAsync(CancellationToken cancellationToken)
    {
        var buffer = new byte[4096];
        int received;
        try
        {
            received = await connection!.ReceiveAsync(buffer, SocketFlags.None, cancellationToken);
        }
        catch (SocketException)
        {
            return false;
        }

        pending.AddRange(buffer.AsSpan(0, received));
        return received > 0;
    }
}
