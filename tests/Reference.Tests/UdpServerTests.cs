using System.Text;
using FluentAssertions;
using Reference.Tests.Support;
using Xunit;

namespace Reference.Tests;

/// <summary>The reference <c>udp-server</c> against the reference client and the test's own sockets.</summary>
public sealed class UdpServerTests
{
    private const string Role = "udp-server";
    private readonly CancellationToken cancellationToken = TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("hello world", "HELLO WORLD")]
    [InlineData("straße, ünïcödé", "STRAßE, ÜNÏCÖDÉ")]
    [InlineData("日本語 and greek αβγ", "日本語 AND GREEK ΑΒΓ")]
    public async Task Reference_client_gets_the_sentence_upper_cased(string sentence, string reply)
    {
        var port = FreePort.Next();
        await using var server = await RunningProgram.StartServerAsync(Programs.ReferenceServer(Role, port));

        await using var client = await RunningProgram.StartAsync(
            Programs.ReferenceClient("udp-client", port),
            sentence + "\n"
        );

        (await client.WaitForExitAsync()).Should().Be(0, client.StandardError);
        client.StandardOutput.Should().Be(ClientOutput.For(reply));
    }

    [Fact]
    public async Task Answers_an_empty_datagram_with_an_empty_one()
    {
        var port = FreePort.Next();
        await using var server = await RunningProgram.StartServerAsync(Programs.ReferenceServer(Role, port));
        using var socket = Sockets.NewUdp();

        var empty = await Sockets.UdpExchangeAsync(socket, port, [], cancellationToken);
        var next = await Sockets.UdpExchangeAsync(socket, port, "next"u8.ToArray(), cancellationToken);

        empty.Should().BeEmpty();
        Encoding.UTF8.GetString(next).Should().Be("NEXT");
    }

    [Fact]
    public async Task Answers_each_sender_at_its_own_address()
    {
        var port = FreePort.Next();
        await using var server = await RunningProgram.StartServerAsync(Programs.ReferenceServer(Role, port));
        using var alice = Sockets.NewUdp();
        using var bob = Sockets.NewUdp();

        var toAlice = await Sockets.UdpExchangeAsync(alice, port, "from alice"u8.ToArray(), cancellationToken);
        var toBob = await Sockets.UdpExchangeAsync(bob, port, "from bob"u8.ToArray(), cancellationToken);

        Encoding.UTF8.GetString(toAlice).Should().Be("FROM ALICE");
        Encoding.UTF8.GetString(toBob).Should().Be("FROM BOB");
    }

    [Fact]
    public async Task Answers_a_datagram_longer_than_1024_bytes_whole()
    {
        var port = FreePort.Next();
        await using var server = await RunningProgram.StartServerAsync(Programs.ReferenceServer(Role, port));
        using var socket = Sockets.NewUdp();

        var reply = await Sockets.UdpExchangeAsync(
            socket,
            port,
            Encoding.ASCII.GetBytes(new string('a', 5000)),
            cancellationToken
        );

        Encoding.ASCII.GetString(reply).Should().Be(new string('A', 5000));
    }

    [Fact]
    public async Task Answers_bytes_that_are_not_utf8_with_replacement_characters()
    {
        var port = FreePort.Next();
        await using var server = await RunningProgram.StartServerAsync(Programs.ReferenceServer(Role, port));
        using var socket = Sockets.NewUdp();

        var reply = await Sockets.UdpExchangeAsync(socket, port, [0xFF, (byte)'a'], cancellationToken);

        Encoding.UTF8.GetString(reply).Should().Be("\uFFFDA");
    }

    [Fact]
    public async Task Exits_with_code_0_on_SIGTERM()
    {
        var port = FreePort.Next();
        await using var server = await RunningProgram.StartServerAsync(Programs.ReferenceServer(Role, port));

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
        second
            .StandardError.Should()
            .Be($"reference: Cannot listen on UDP port {port}: it is already in use (is another server running?).\n");
    }
}
