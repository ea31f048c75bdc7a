using FluentAssertions;
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
    public async Task A_fresh_namespace_has_no_socket_at_all()
    {
        using var network = await new NamespaceSandbox().OpenNetworkAsync(Transport.Tcp, TestContext.Current.CancellationToken);

        network.ReadSocketTable()!.Entries.Should().BeEmpty();
    }
}
