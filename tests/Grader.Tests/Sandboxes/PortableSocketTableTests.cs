using System.Net;
using System.Net.Sockets;
using FluentAssertions;
using Grader.Rubric;
using Grader.Sandboxes;

namespace Grader.Tests.Sandboxes;

/// <summary>
/// The portable sandbox's readiness: the platform's own socket table (.NET's, on every platform) shows a TCP port
/// listening and a UDP port bound, and a port nothing serves as not served.
/// </summary>
public sealed class PortableSocketTableTests
{
    [Fact]
    public void A_listening_tcp_port_and_a_bound_udp_port_are_seen_served()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        try
        {
            using var udp = new UdpClient(new IPEndPoint(IPAddress.Loopback, 0));
            var tcpPort = ((IPEndPoint)listener.LocalEndpoint).Port;
            var udpPort = ((IPEndPoint)udp.Client.LocalEndPoint!).Port;

            var table = PortableSocketTable.Read();

            table.IsServing(Transport.Tcp, tcpPort).Should().BeTrue();
            table.IsServing(Transport.Udp, udpPort).Should().BeTrue();
        }
        finally
        {
            listener.Stop();
        }
    }

    [Fact]
    public void A_closed_port_is_not_served()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();

        PortableSocketTable.Read().IsServing(Transport.Tcp, port).Should().BeFalse();
    }
}
