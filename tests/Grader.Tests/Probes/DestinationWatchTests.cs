using System.Net;
using System.Net.Sockets;
using System.Text;
using FluentAssertions;
using Grader.Probes;
using Grader.Rubric;
using Grader.Sandboxes;

namespace Grader.Tests.Probes;

/// <summary>
/// The watch of every address and port in a launch's own network namespace: real sockets in a real namespace, the
/// program's side played by sockets created in it.
/// </summary>
public sealed class DestinationWatchTests
{
    private const int Served = 12000;

    [Fact]
    public async Task Datagrams_and_connections_to_any_address_and_port_no_probe_serves_are_recorded_where_they_went()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var network = await new NamespaceSandbox().OpenNetworkAsync(Transport.Udp, cancellationToken);
        (await network.CatchEveryAddressAsync(cancellationToken)).Should().BeTrue();
        var transcript = new Transcript();
        await using var watch = await DestinationWatch.StartAsync(network, [(Transport.Udp, Served)], transcript);
        watch.Should().NotBeNull("the grader runs as root here, and the namespace is the launch's own");
        using var probe = await network.CreateSocketAsync(
            AddressFamily.InterNetwork,
            SocketType.Dgram,
            ProtocolType.Udp
        );
        probe.Bind(new IPEndPoint(IPAddress.Loopback, Served));

        using var client = await network.CreateSocketAsync(
            AddressFamily.InterNetwork,
            SocketType.Dgram,
            ProtocolType.Udp
        );
        for (var i = 1; i <= 3; i++)
            await client.SendToAsync(
                Encoding.ASCII.GetBytes($"Ping {i} 1.5"),
                new IPEndPoint(IPAddress.Loopback, 1212),
                cancellationToken
            );
        await client.SendToAsync(
            "Ping 4 1.5"u8.ToArray(),
            new IPEndPoint(IPAddress.Parse("10.0.0.5"), 1212),
            cancellationToken
        );
        await client.SendToAsync(
            "Ping 5 1.5"u8.ToArray(),
            new IPEndPoint(IPAddress.Loopback, Served),
            cancellationToken
        );
        // The probe's answer, from the port it serves, is no stray either.
        var ping = new byte[64];
        var from = await probe.ReceiveFromAsync(ping, new IPEndPoint(IPAddress.Any, 0), cancellationToken);
        await probe.SendToAsync(ping.AsMemory(0, from.ReceivedBytes), from.RemoteEndPoint, cancellationToken);
        using var connecting = await network.CreateSocketAsync(
            AddressFamily.InterNetwork,
            SocketType.Stream,
            ProtocolType.Tcp
        );
        var refused = async () =>
            await connecting.ConnectAsync(new IPEndPoint(IPAddress.Parse("10.0.0.5"), 25), cancellationToken);
        await refused.Should().ThrowAsync<SocketException>();
        using var six = await network.CreateSocketAsync(
            AddressFamily.InterNetworkV6,
            SocketType.Dgram,
            ProtocolType.Udp
        );
        await six.SendToAsync(
            "Ping 6 1.5"u8.ToArray(),
            new IPEndPoint(IPAddress.Parse("2001:db8::5"), 1212),
            cancellationToken
        );

        var strays = await watch!.StopAsync();

        strays
            .Should()
            .Equal(
                new StrayDestination(Transport.Udp, new IPEndPoint(IPAddress.Loopback, 1212), 3),
                new StrayDestination(Transport.Udp, new IPEndPoint(IPAddress.Parse("10.0.0.5"), 1212), 1),
                new StrayDestination(Transport.Tcp, new IPEndPoint(IPAddress.Parse("10.0.0.5"), 25), 1),
                new StrayDestination(Transport.Udp, new IPEndPoint(IPAddress.Parse("2001:db8::5"), 1212), 1)
            );
        transcript
            .Entries.Select(e => e.Data)
            .Should()
            .Contain("the program sent a UDP datagram to 127.0.0.1:1212, where no server listens: Ping 1 1.5");
    }

    [Fact]
    public async Task A_network_shared_with_the_machine_is_never_watched()
    {
        using var network = await new DirectSandbox().OpenNetworkAsync(
            Transport.Udp,
            TestContext.Current.CancellationToken
        );

        (await DestinationWatch.StartAsync(network, [], new Transcript())).Should().BeNull();
    }
}
