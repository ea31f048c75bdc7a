using System.Net.Sockets;
using System.Text;
using FluentAssertions;
using Reference.Tests.Support;
using Xunit;

namespace Reference.Tests;

/// <summary>The reference <c>tcp-server</c> against the reference client and the test's own sockets, on 127.0.0.1.</summary>
public sealed class SequentialTcpServerTests
{
    private const string Role = "tcp-server";
    private readonly CancellationToken cancellationToken = TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("hello world", "HELLO WORLD")]
    [InlineData("grüße aus köln", "GRÜßE AUS KÖLN")]
    [InlineData("привет, мир", "ПРИВЕТ, МИР")]
    [InlineData("emoji 😀 stays", "EMOJI 😀 STAYS")]
    public async Task Reference_client_gets_the_sentence_upper_cased(string sentence, string reply)
    {
        var port = FreePort.Next();
        await using var server = await RunningProgram.StartServerAsync(Programs.ReferenceServer(Role, port));

        await using var client = await RunningProgram.StartAsync(Programs.ReferenceClient("tcp-client", port), sentence + "\n");

        (await client.WaitForExitAsync()).Should().Be(0, client.StandardError);
        client.StandardOutput.Should().Be(ClientOutput.For(reply));
    }

    [Fact]
    public async Task Second_client_gets_no_reply_while_the_first_is_idle_and_gets_it_once_the_first_is_done()
    {
        var port = FreePort.Next();
        await using var server = await RunningProgram.StartServerAsync(Programs.ReferenceServer(Role, port));
        using var first = await Sockets.ConnectTcpAsync(port, cancellationToken);

        await using var second = await RunningProgram.StartAsync(Programs.ReferenceClient("tcp-client", port), "second\n");
        await second.WaitForOutputAsync(output => output == ClientOutput.Prompt, "its prompt (so it is connected)");

        (await second.IsStillRunningAfterSilenceAsync()).Should().BeTrue("a sequential server serves the idle first client first");
        second.StandardOutput.Should().Be(ClientOutput.Prompt);

        var firstReply = await Sockets.SendAndReceiveOnceAsync(first, "first"u8.ToArray(), cancellationToken);
        Encoding.UTF8.GetString(firstReply).Should().Be("FIRST");
        (await second.WaitForExitAsync()).Should().Be(0);
        second.StandardOutput.Should().Be(ClientOutput.For("SECOND"));
    }

    [Fact]
    public async Task Survives_a_client_that_connects_and_closes_without_sending()
    {
        var port = FreePort.Next();
        await using var server = await RunningProgram.StartServerAsync(Programs.ReferenceServer(Role, port));
        using (var silent = await Sockets.ConnectTcpAsync(port, cancellationToken))
        {
            silent.Shutdown(SocketShutdown.Send);
            (await Sockets.ReceiveOnceAsync(silent, cancellationToken)).Should().BeEmpty("an empty request gets an empty reply");
        }

        var reply = await Sockets.TcpExchangeAsync(port, "still there"u8.ToArray(), cancellationToken);

        Encoding.UTF8.GetString(reply).Should().Be("STILL THERE");
    }

    [Fact]
    public async Task Survives_a_client_that_resets_the_connection()
    {
        var port = FreePort.Next();
        await using var server = await RunningProgram.StartServerAsync(Programs.ReferenceServer(Role, port));
        using (var rude = await Sockets.ConnectTcpAsync(port, cancellationToken))
        {
            rude.LingerState = new LingerOption(enable: true, seconds: 0);
        }

        var reply = await Sockets.TcpExchangeAsync(port, "still there"u8.ToArray(), cancellationToken);

        Encoding.UTF8.GetString(reply).Should().Be("STILL THERE");
    }

    [Fact]
    public async Task Answers_bytes_that_are_not_utf8_with_replacement_characters_and_keeps_serving()
    {
        var port = FreePort.Next();
        await using var server = await RunningProgram.StartServerAsync(Programs.ReferenceServer(Role, port));

        var garbled = await Sockets.TcpExchangeAsync(port, [0xFF, (byte)'a', 0xC3], cancellationToken);
        var reply = await Sockets.TcpExchangeAsync(port, "next"u8.ToArray(), cancellationToken);

        Encoding.UTF8.GetString(garbled).Should().Be("\uFFFDA\uFFFD");
        Encoding.UTF8.GetString(reply).Should().Be("NEXT");
    }

    [Fact]
    public async Task Exits_with_code_0_on_SIGTERM()
    {
        var port = FreePort.Next();
        await using var server = await RunningProgram.StartServerAsync(Programs.ReferenceServer(Role, port));
        (await Sockets.TcpExchangeAsync(port, "x"u8.ToArray(), cancellationToken)).Should().Equal("X"u8.ToArray());

        await server.SignalAsync("TERM");

        (await server.WaitForExitAsync()).Should().Be(0, server.StandardError);
        server.StandardError.Should().BeEmpty();
    }

    [Fact]
    public async Task Refuses_with_one_line_a_port_that_a_running_server_holds()
    {
        var port = FreePort.Next();
        await using var first = await RunningProgram.StartServerAsync(Programs.ReferenceServer(Role, port));

        await using var second = await RunningProgram.StartAsync(Programs.ReferenceServer(Role, port));

        (await second.WaitForExitAsync()).Should().Be(1);
        second.StandardOutput.Should().BeEmpty();
        second.StandardError.Should().Be($"reference: Cannot listen on TCP port {port}: it is already in use (is another server running?).\n");
    }
}
