using System.Net;
using System.Net.Sockets;
using Grader.Sandboxes;

namespace Grader.Probes;

/// <summary>The UDP sockets a probe server listens on: one port on loopback, or on every address.</summary>
public static class UdpPorts
{
    /// <summary>
    /// Binds <paramref name="port"/> on 127.0.0.1 and ::1 (where the network has IPv6), or with <paramref
    /// name="everyAddress"/> on the wildcard addresses, to hear a program that sends to any address the network routes
    /// to loopback; <paramref name="prepare"/>, when given, sets each socket up once bound. A port still in use is
    /// waited for (<see cref="LabPortBind"/>).
    /// </summary>
    public static async Task<IReadOnlyList<Socket>> BindAsync(
        ISandboxNetwork network,
        int port,
        bool everyAddress,
        Action<Socket>? prepare = null,
        CancellationToken cancellationToken = default
    )
    {
        ArgumentNullException.ThrowIfNull(network);
        var sockets = new List<Socket>();
        var addresses = everyAddress
            ? new[] { IPAddress.Any, IPAddress.IPv6Any }
            : [IPAddress.Loopback, IPAddress.IPv6Loopback];
        foreach (var address in addresses)
        {
            var socket = await network.CreateSocketAsync(address.AddressFamily, SocketType.Dgram, ProtocolType.Udp);
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
                socket.Dispose();
            }
            catch
            {
                socket.Dispose();
                sockets.ForEach(s => s.Dispose());
                throw;
            }
        }
        return sockets;
    }
}
