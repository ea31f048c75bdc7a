using System.Net;
using System.Net.Sockets;

namespace Reference.Tests.Support;

/// <summary>The test's own raw sockets towards a server on 127.0.0.1, every wait bounded by a deadline.</summary>
public static class Sockets
{
    /// <summary>A TCP connection to 127.0.0.1:<paramref name="port"/>; nothing sent.</summary>
    public static async Task<Socket> ConnectTcpAsync(int port, CancellationToken cancellationToken)
    {
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        using var deadline = Deadline(cancellationToken);
        await socket.ConnectAsync(new IPEndPoint(IPAddress.Loopback, port), deadline.Token);
        return socket;
    }

    /// <summary>Sends <paramref name="message"/> on <paramref name="socket"/> and reads once, like the lecture's
    /// client.</summary>
    public static async Task<byte[]> SendAndReceiveOnceAsync(
        Socket socket,
        byte[] message,
        CancellationToken cancellationToken
    )
    {
        using var deadline = Deadline(cancellationToken);
        await socket.SendAsync(message, SocketFlags.None, deadline.Token);
        return await ReceiveOnceAsync(socket, deadline.Token);
    }

    /// <summary>One read of up to 64 KiB; empty when the peer closed.</summary>
    public static async Task<byte[]> ReceiveOnceAsync(Socket socket, CancellationToken cancellationToken)
    {
        using var deadline = Deadline(cancellationToken);
        var buffer = new byte[65_536];
        var received = await socket.ReceiveAsync(buffer, SocketFlags.None, deadline.Token);
        return buffer[..received];
    }

    /// <summary>One request over a fresh TCP connection, as the lecture's client makes it.</summary>
    public static async Task<byte[]> TcpExchangeAsync(int port, byte[] message, CancellationToken cancellationToken)
    {
        using var socket = await ConnectTcpAsync(port, cancellationToken);
        return await SendAndReceiveOnceAsync(socket, message, cancellationToken);
    }

    /// <summary>An unbound UDP socket, bound to an ephemeral port by its first send.</summary>
    public static Socket NewUdp() => new(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);

    /// <summary>Sends one datagram to 127.0.0.1:<paramref name="port"/> and waits for one back.</summary>
    public static async Task<byte[]> UdpExchangeAsync(
        Socket socket,
        int port,
        byte[] message,
        CancellationToken cancellationToken
    )
    {
        using var deadline = Deadline(cancellationToken);
        await socket.SendToAsync(message, SocketFlags.None, new IPEndPoint(IPAddress.Loopback, port), deadline.Token);
        var buffer = new byte[65_536];
        var reply = await socket.ReceiveFromAsync(
            buffer,
            SocketFlags.None,
            new IPEndPoint(IPAddress.Any, 0),
            deadline.Token
        );
        return buffer[..reply.ReceivedBytes];
    }

    private static CancellationTokenSource Deadline(CancellationToken cancellationToken)
    {
        var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(Timeouts.Event);
        return deadline;
    }
}
