using Grader.Rubric;
using Grader.Sandboxes;

namespace Grader.Sessions;

/// <summary>
/// A server that opened the other transport's socket on the lab's port: a "TCP" server with a UDP socket (SOCK_DGRAM),
/// or a "UDP" server listening on TCP (SOCK_STREAM). Told apart from a slow start by the kernel's socket table.
/// </summary>
internal static class WrongSocketType
{
    /// <summary>
    /// "the TCP server opened a UDP socket (SOCK_DGRAM) on port 12000, not a TCP one (SOCK_STREAM)" when
    /// <paramref name="table"/> shows the other transport serving <paramref name="port"/>, else null.
    /// </summary>
    public static string? Explain(SocketTable table, Transport transport, int port)
    {
        var other = transport == Transport.Tcp ? Transport.Udp : Transport.Tcp;
        if (table.IsServing(transport, port) || !table.IsServing(other, port))
            return null;
        return transport == Transport.Tcp
            ? $"the TCP server opened a UDP socket (SOCK_DGRAM) on port {port}, not a TCP one (SOCK_STREAM)"
            : $"the UDP server opened a TCP socket (SOCK_STREAM) listening on port {port}, not a UDP one (SOCK_DGRAM)";
    }
}
