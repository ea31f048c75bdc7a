using System.Net.Sockets;
using System.Text;

namespace Reference.Tests.Support;

/// <summary>The test's own HTTP requests, written byte for byte, over a fresh connection to 127.0.0.1.</summary>
public static class RawHttp
{
    /// <summary>A request head for <paramref name="target"/> with a Host field and the blank line.</summary>
    public static byte[] Request(string method, string target, string version = "HTTP/1.1") =>
        Encoding.UTF8.GetBytes($"{method} {target} {version}\r\nHost: localhost\r\nUser-Agent: tests\r\n\r\n");

    /// <summary>Sends <paramref name="request"/> in one write and reads the response to the end of the
    /// connection.</summary>
    public static async Task<HttpReply> ExchangeAsync(int port, byte[] request, CancellationToken cancellationToken)
    {
        using var socket = await Sockets.ConnectTcpAsync(port, cancellationToken);
        await socket.SendAsync(request, SocketFlags.None, cancellationToken);
        return HttpReply.Parse(await ReadToEndAsync(socket, cancellationToken));
    }

    /// <summary>A GET of <paramref name="target"/>.</summary>
    public static Task<HttpReply> GetAsync(int port, string target, CancellationToken cancellationToken) =>
        ExchangeAsync(port, Request("GET", target), cancellationToken);

    /// <summary>Reads until the server closes the connection, within <see cref="Timeouts.Event"/>.</summary>
    public static async Task<byte[]> ReadToEndAsync(Socket socket, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(Timeouts.Event);
        var all = new MemoryStream();
        var buffer = new byte[65_536];
        int received;
        while ((received = await socket.ReceiveAsync(buffer, SocketFlags.None, deadline.Token)) > 0)
        {
            all.Write(buffer, 0, received);
        }

        return all.ToArray();
    }

    /// <summary>
    /// Whether <paramref name="socket"/> stays without anything to read for <see cref="Timeouts.Silence"/>: a server
    /// must not answer a request it has not read to its end.
    /// </summary>
    public static async Task<bool> StaysSilentAsync(Socket socket, CancellationToken cancellationToken)
    {
        using var silence = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        silence.CancelAfter(Timeouts.Silence);
        try
        {
            await socket.ReceiveAsync(new byte[1], SocketFlags.Peek, silence.Token);
            return false;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return true;
        }
    }
}
