using System.Net.Sockets;
using Reference.Protocol;
using Reference.Terminal;

namespace Reference.Tcp;

/// <summary>
/// Opens the lecture's "welcoming socket": IPv4, bound to every interface, listening with a backlog of
/// <see cref="LabProtocol.ListenBacklog"/>.
/// </summary>
public static class TcpWelcomeSocket
{
    private const int LinuxSolSocket = 1;
    private const int LinuxSoReuseAddr = 2;
    private const int BsdSolSocket = 0xffff;
    private const int BsdSoReuseAddr = 4;

    /// <summary>Binds and listens on <paramref name="port"/>.</summary>
    /// <param name="port">The port to listen on.</param>
    /// <returns>A listening socket, owned by the caller.</returns>
    /// <exception cref="UserFacingException">The port cannot be bound, for instance because it is in use.</exception>
    public static Socket Open(int port)
    {
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        try
        {
            AllowRebindDuringTimeWait(socket);
            socket.Bind(Ipv4Address.AnyInterface(port));
            socket.Listen(LabProtocol.ListenBacklog);
            return socket;
        }
        catch (SocketException exception)
        {
            socket.Dispose();
            throw new UserFacingException(BindFailure.Describe("TCP", port, exception), exception);
        }
    }

    /// <summary>
    /// The one deliberate difference from the lecture: a restarted server may bind while connections of the previous
    /// one are still in TIME_WAIT (SO_REUSEADDR).
    /// </summary>
    private static void AllowRebindDuringTimeWait(Socket socket)
    {
        // Not SocketOptionName.ReuseAddress: on Linux .NET also sets SO_REUSEPORT with it, and then a second live
        // server binds the same port without an error and steals half of the connections.
        if (OperatingSystem.IsLinux())
        {
            socket.SetRawSocketOption(LinuxSolSocket, LinuxSoReuseAddr, BitConverter.GetBytes(1));
        }
        else if (OperatingSystem.IsMacOS() || OperatingSystem.IsFreeBSD())
        {
            socket.SetRawSocketOption(BsdSolSocket, BsdSoReuseAddr, BitConverter.GetBytes(1));
        }

        // On Windows SO_REUSEADDR would let another process steal a live port, so it stays unset there.
    }
}
