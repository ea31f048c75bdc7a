using FluentAssertions;
using Grader.Rubric;
using Grader.Sandboxes;

namespace Grader.Tests.Sandboxes;

public sealed class SocketTableTests
{
    private const string Tcp = """
          sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode
           0: 00000000:2EE1 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 1 1
           1: 0100007F:2EE0 0100007F:A2C4 06 00000000:00000000 03:00001770 00000000     0        0 0 3
        """;

    [Fact]
    public void Listening_tcp_socket_serves_and_time_wait_one_does_not()
    {
        var table = new SocketTable(SocketTable.Parse(Transport.Tcp, Tcp).ToList());

        table.IsServing(Transport.Tcp, 12001).Should().BeTrue();
        table.IsServing(Transport.Tcp, 12000).Should().BeFalse("a socket in TIME_WAIT on 12000 serves nobody");
        table.ServingPorts(Transport.Tcp).Should().Equal(12001);
    }

    [Fact]
    public void Connected_sockets_show_their_remote_address_state_and_inode()
    {
        const string udp6 = """
              sl  local_address                         remote_address                        st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode ref pointer drops
              0: 00000000000000000000000001000000:2EE0 00000000000000000000000000000000:0000 07 00000000:00000000 00:00000000 00000000     0        0 7 2 0 0
            """;
        var tcp = new SocketTable(SocketTable.Parse(Transport.Tcp, Tcp).ToList()).Entries;
        var udp = SocketTable.Parse(Transport.Udp, udp6).Single();

        tcp[0].Remote.Should().BeNull("a listening socket has no remote address");
        tcp[1].Remote.Should().Be(new System.Net.IPEndPoint(System.Net.IPAddress.Loopback, 0xA2C4));
        tcp[1].State.Should().Be(6, "TIME_WAIT");
        udp.Should()
            .BeEquivalentTo(
                new
                {
                    LocalPort = 12000,
                    Remote = (System.Net.IPEndPoint?)null,
                    Inode = 7L,
                }
            );
    }

    [Fact]
    public async Task A_fresh_namespace_has_no_socket_at_all()
    {
        using var network = await new NamespaceSandbox().OpenNetworkAsync(
            Transport.Tcp,
            TestContext.Current.CancellationToken
        );

        network.ReadSocketTable()!.Entries.Should().BeEmpty();
    }
}
