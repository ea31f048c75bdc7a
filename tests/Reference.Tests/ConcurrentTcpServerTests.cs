using System.Net.Sockets;
using System.Text;
using FluentAssertions;
using Reference.Tests.Support;
using Xunit;

namespace Reference.Tests;

/// <summary>The reference <c>tcp-server-concurrent</c> against the reference client and the test's own sockets.</summary>
public sealed class ConcurrentTcpServerTests
{
    private const string Role = "tcp-server-concurrent";
    private readonly CancellationToken cancellationToken = TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("hello world", "HELLO WORLD")]
    [InlineData("straße café", "STRAßE CAFÉ")]
    public async Task Reference_client_gets_the_sentence_upper_cased(string sentence, string reply)
    {
        var port = FreePort.Next();
        await using var server = await RunningProgram.StartServerAsync(Programs.ReferenceServer(Role, port));

        await using var client = await RunningProgram.StartAsync(Programs.ReferenceClient("tcp-client", port), sentence + "\n");

        (await client.WaitForExitAsync()).Should().Be(0, client.StandardError);
        client.StandardOutput.Should().Be(ClientOutput.For(reply));
    }

    [Fact]
    public async Task Concurrent_server_replies_to_a_second_client_while_the_first_is_idle()
    {
        var port = FreePort.Next();
        await using var server = await RunningProgram.StartServerAsync(Programs.ReferenceServer(Role, port));
        using var first = await Sockets.ConnectTcpAsync(port, cancellationToken);

        await using var second = await RunningProgram.StartAsync(Programs.ReferenceClient("tcp-client", port), "second\n");

        (await second.WaitForExitAsync()).Should().Be(0, second.StandardError);
        second.StandardOutput.Should().Be(ClientOutput.For("SECOND"));
        var firstReply = await Sockets.SendAndReceiveOnceAsync(first, "first"u8.ToArray(), cancellationToken);
        Encoding.UTF8.GetString(firstReply).Should().Be("FIRST");
    }

    [Fact]
    public async Task Serves_many_idle_clients_and_a_busy_one_at_the_same_time()
    {
        var port = FreePort.Next();
        await using var server = await RunningProgram.StartServerAsync(Programs.ReferenceServer(Role, port));
        var idle = new List<Socket>();
        try
        {
            for (var i = 0; i < 10; i++)
            {
                idle.Add(await Sockets.ConnectTcpAsync(port, cancellationToken));
            }

            var reply = await Sockets.TcpExchangeAsync(port, "busy"u8.ToArray(), cancellationToken);

            Encoding.UTF8.GetString(reply).Should().Be("BUSY");
        }
        finally
        {
            idle.ForEach(socket => socket.Dispose());
        }
    }

    [Fact]
    public async Task Survives_an_empty_connection_and_a_reset_one()
    {
        var port = FreePort.Next();
        await using var server = await RunningProgram.StartServerAsync(Programs.ReferenceServer(Role, port));
        using (var silent = await Sockets.ConnectTcpAsync(port, cancellationToken))
        {
            silent.Shutdown(SocketShutdown.Send);
            (await Sockets.ReceiveOnceAsync(silent, cancellationToken)).Should().BeEmpty();
        }

        using (var rude = await Sockets.ConnectTcpAsync(port, cancellationToken))
        {
            rude.LingerState = new LingerOption(enable: true, seconds: 0);
        }

        var reply = await Sockets.TcpExchangeAsync(port, "still there"u8.ToArray(), cancellationToken);

        Encoding.UTF8.GetString(reply).Should().Be("STILL THERE");
    }

    [Fact]
    public async Task Exits_with_code_0_on_SIGTERM_even_with_an_idle_client_connected()
    {
        var port = FreePort.Next();
        await using var server = await RunningProgram.StartServerAsync(Programs.ReferenceServer(Role, port));
        using var idle = await Sockets.ConnectTcpAsync(port, cancellationToken);
        (await Sockets.TcpExchangeAsync(port, "x"u8.ToArray(), cancellationToken)).Should().Equal("X"u8.ToArray());

        await server.SignalAsync("TERM");

        (await server.WaitForExitAsync()).Should().Be(0, server.StandardError);
        (await Sockets.ReceiveOnceAsync(idle, cancellationToken)).Should().BeEmpty("the server closes the idle connection as it stops");
    }
}
