using System.Net.Sockets;
using Reference.Protocol;

namespace Reference.Tcp;

/// <summary>
/// The lab's framing over TCP, which is no framing at all: a message is what one send writes and what one read of
/// up to <see cref="LabProtocol.TcpReadSize"/> bytes returns.
/// </summary>
public static class TcpMessage
{
    /// <summary>Writes the whole message, as one logical send.</summary>
    /// <param name="socket">A connected stream socket.</param>
    /// <param name="message">The bytes to send.</param>
    /// <param name="cancellationToken">Abandons the send.</param>
    /// <returns>A task that completes once every byte has been handed to the kernel.</returns>
    public static async Task SendAsync(Socket socket, ReadOnlyMemory<byte> message, CancellationToken cancellationToken)
    {
        while (!message.IsEmpty)
        {
            var sent = await socket.SendAsync(message, SocketFlags.None, cancellationToken);
            message = message[sent..];
        }
    }

    /// <summary>Performs the single read (<c>recv(1024)</c>) that the protocol allows.</summary>
    /// <param name="socket">A connected stream socket.</param>
    /// <param name="cancellationToken">Abandons the read.</param>
    /// <returns>The bytes read; empty when the peer closed without sending.</returns>
    public static async Task<ReadOnlyMemory<byte>> ReceiveOnceAsync(Socket socket, CancellationToken cancellationToken)
    {
        var buffer = new byte[LabProtocol.TcpReadSize];
        var received = await socket.ReceiveAsync(buffer, SocketFlags.None, cancellationToken);
        return buffer.AsMemory(0, received);
    }
}
