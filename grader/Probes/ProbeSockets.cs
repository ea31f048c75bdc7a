using System.Net;
using System.Net.Sockets;
using Grader.Rubric;
using Grader.Sandboxes;

namespace Grader.Probes;

/// <summary>
/// The sockets a probe server serves one port on, bound together, read with the address each datagram was sent to,
/// and closed together: the life cycle every probe server shares (<see cref="TcpProbeServer"/>, <see
/// cref="UdpProbeServer"/>, and the labs' own).
/// </summary>
public sealed class ProbeSockets : IDisposable
{
    private ProbeSockets(IReadOnlyList<Socket> all) => All = all;

    /// <summary>The sockets, IPv4's first; IPv6's only where the network has it.</summary>
    public IReadOnlyList<Socket> All { get; }

    /// <summary>
    /// Binds <paramref name="port"/> for <paramref name="transport"/> on 127.0.0.1 and ::1 (where the network has IPv6),
    /// or with <paramref name="everyAddress"/> on the wildcard addresses, to hear a program that reaches any address the
    /// network routes to loopback; <paramref name="prepare"/>, when given, sets each socket up once bound (a TCP
    /// listener listens). A port still in use is waited for (<see cref="LabPortBind"/>).
    /// </summary>
    public static async Task<ProbeSockets> BindAsync(
        ISandboxNetwork network,
        Transport transport,
        int port,
        bool everyAddress,
        Action<Socket>? prepare = null,
        CancellationToken cancellationToken = default
    )
    {
        ArgumentNullException.ThrowIfNull(network);
        var (type, protocol) =
            transport == Transport.Tcp ? (SocketType.Stream, ProtocolType.Tcp) : (SocketType.Dgram, ProtocolType.Udp);
        var sockets = new List<Socket>();
        var addresses = everyAddress
            ? new[] { IPAddress.Any, IPAddress.IPv6Any }
            : [IPAddress.Loopback, IPAddress.IPv6Loopback];
        foreach (var address in addresses)
        {
            var socket = await network.CreateSocketAsync(address.AddressFamily, type, protocol);
            try
            {
                // The IPv6 wildcard must leave IPv4 to its own socket, which shares the port.
                if (address.AddressFamily == AddressFamily.InterNetworkV6)
                    socket.DualMode = false;
                await LabPortBind.BindAsync(network, socket, new IPEndPoint(address, port), cancellationToken);
                prepare?.Invoke(socket);
                sockets.Add(socket);
            }
            catch (SocketException) when (address.AddressFamily == AddressFamily.InterNetworkV6)
            {
                socket.Dispose(); // no IPv6 here: IPv4 is what the lab uses anyway
            }
            catch
            {
                socket.Dispose();
                sockets.ForEach(s => s.Dispose());
                throw;
            }
        }
        return new ProbeSockets(sockets);
    }

    /// <summary>Receives one datagram on <paramref name="socket"/> into <paramref name="buffer"/>, with the address
    /// and port it was sent to (<see cref="Datagram.To"/>), as the kernel gives them with each datagram.</summary>
    public static async Task<Datagram> ReceiveAsync(Socket socket, byte[] buffer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(socket);
        var any = new IPEndPoint(
            socket.AddressFamily == AddressFamily.InterNetwork ? IPAddress.Any : IPAddress.IPv6Any,
            0
        );
        var received = await socket.ReceiveMessageFromAsync(buffer, SocketFlags.None, any, cancellationToken);
        var local = (IPEndPoint)socket.LocalEndPoint!;
        return new Datagram(buffer[..received.ReceivedBytes], (IPEndPoint)received.RemoteEndPoint)
        {
            To = new IPEndPoint(received.PacketInformation.Address ?? local.Address, local.Port),
        };
    }

    /// <summary>Closes every socket.</summary>
    public void Dispose()
    {
        foreach (var socket in All)
            socket.Dispose();
    }
}
