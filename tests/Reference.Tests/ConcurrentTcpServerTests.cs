using System.Net.Sockets;
using System.Text;
using FluentAssertions;
using Reference.Tests.Support;
using Xunit;

namespace Reference.Tests;

/// <summary>The reference <c>tcp-server-concurrent</c>: the shared contract, and every connection served
/// independently.</summary>
public sealed class ConcurrentTcpServerTests() : TcpServerContractTests("tcp-server-concurrent")
{
    [Fact]
    public async Task Concurrent_server_replies_to_a_second_client_while_the_first_is_idle()
    {
        var port = FreePort.Next();
        await using var server = await StartServerAsync(port);
        using var first = await Sockets.ConnectTcpAsync(port, CancellationToken);

        await using var second = await RunningProgram.StartAsync(
            Programs.ReferenceClient("tcp-client", port),
            "second\n"
        );

        (await second.WaitForExitAsync()).Should().Be(0, second.StandardError);
        second.StandardOutput.Should().Be(ClientOutput.For("SECOND"));
        var firstReply = await Sockets.SendAndReceiveOnceAsync(first, "first"u8.ToArray(), CancellationToken);
        Encoding.UTF8.GetString(firstReply).Should().Be("FIRST");
    }

    [Fact]
    public async Task Serves_many_idle_clients_and_a_busy_one_at_the_same_time()
    {
        var port = FreePort.Next();
        await using var server = await StartServerAsync(port);
        var idle = new List<Socket>();
        try
        {
            for (var i = 0; i < 10; i++)
            {
                idle.Add(await Sockets.ConnectTcpAsync(port, CancellationToken));
            }

            var reply = await Sockets.TcpExchangeAsync(port, "busy"u8.ToArray(), CancellationToken);

            Encoding.UTF8.GetString(reply).Should().Be("BUSY");
        }
        finally
        {
            idle.ForEach(socket => socket.Dispose());
        }
    }

    [Fact]
    public async Task Exits_with_code_0_on_SIGTERM_even_with_an_idle_client_connected()
    {
        var port = FreePort.Next();
        await using var server = await StartServerAsync(port);
        using var idle = await Sockets.ConnectTcpAsync(port, CancellationToken);
        (await Sockets.TcpExchangeAsync(port, "x"u8.ToArray(), CancellationToken)).Should().Equal("X"u8.ToArray());

        await server.SignalAsync("TERM");

        (await server.WaitForExitAsync()).Should().Be(0, server.StandardError);
        (await Sockets.ReceiveOnceAsync(idle, CancellationToken))
            .Should()
            .BeEmpty("the server closes the idle connection as it stops");
    }
}
