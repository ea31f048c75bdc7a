using System.Net.Sockets;
using System.Text;
using FluentAssertions;
using Reference.Tests.Support;
using Xunit;

namespace Reference.Tests;

/// <summary>
/// What both reference TCP servers, sequential and concurrent, must do alike: upper-case any UTF-8 text, survive empty
/// and reset connections and bytes that are not UTF-8, and refuse a port another server holds. Each server's test class
/// inherits these and adds what sets it apart.
/// </summary>
public abstract class TcpServerContractTests(string role)
{
    /// <summary>The reference command under test.</summary>
    protected string Role { get; } = role;

    /// <summary>The test's cancellation token.</summary>
    protected CancellationToken CancellationToken { get; } = TestContext.Current.CancellationToken;

    /// <summary>Starts the server under test on <paramref name="port"/>, ready when it listens.</summary>
    protected Task<RunningProgram> StartServerAsync(int port) =>
        RunningProgram.StartServerAsync(Programs.ReferenceServer(Role, port));

    [Theory]
    [InlineData("hello world", "HELLO WORLD")]
    [InlineData("grüße aus köln", "GRÜßE AUS KÖLN")]
    [InlineData("straße café", "STRAßE CAFÉ")]
    [InlineData("привет, мир", "ПРИВЕТ, МИР")]
    [InlineData("emoji 😀 stays", "EMOJI 😀 STAYS")]
    public async Task Reference_client_gets_the_sentence_upper_cased(string sentence, string reply)
    {
        var port = FreePort.Next();
        await using var server = await StartServerAsync(port);

        await using var client = await RunningProgram.StartAsync(
            Programs.ReferenceClient("tcp-client", port),
            sentence + "\n"
        );

        (await client.WaitForExitAsync()).Should().Be(0, client.StandardError);
        client.StandardOutput.Should().Be(ClientOutput.For(reply));
    }

    [Fact]
    public async Task Survives_a_client_that_connects_and_closes_without_sending()
    {
        var port = FreePort.Next();
        await using var server = await StartServerAsync(port);
        using (var silent = await Sockets.ConnectTcpAsync(port, CancellationToken))
        {
            silent.Shutdown(SocketShutdown.Send);
            (await Sockets.ReceiveOnceAsync(silent, CancellationToken))
                .Should()
                .BeEmpty("an empty request gets an empty reply");
        }

        var reply = await Sockets.TcpExchangeAsync(port, "still there"u8.ToArray(), CancellationToken);

        Encoding.UTF8.GetString(reply).Should().Be("STILL THERE");
    }

    [Fact]
    public async Task Survives_a_client_that_resets_the_connection()
    {
        var port = FreePort.Next();
        await using var server = await StartServerAsync(port);
        using (var rude = await Sockets.ConnectTcpAsync(port, CancellationToken))
        {
            rude.LingerState = new LingerOption(enable: true, seconds: 0);
        }

        var reply = await Sockets.TcpExchangeAsync(port, "still there"u8.ToArray(), CancellationToken);

        Encoding.UTF8.GetString(reply).Should().Be("STILL THERE");
    }

    [Fact]
    public async Task Answers_bytes_that_are_not_utf8_with_replacement_characters_and_keeps_serving()
    {
        var port = FreePort.Next();
        await using var server = await StartServerAsync(port);

        var garbled = await Sockets.TcpExchangeAsync(port, [0xFF, (byte)'a', 0xC3], CancellationToken);
        var reply = await Sockets.TcpExchangeAsync(port, "next"u8.ToArray(), CancellationToken);

        Encoding.UTF8.GetString(garbled).Should().Be("\uFFFDA\uFFFD");
        Encoding.UTF8.GetString(reply).Should().Be("NEXT");
    }

    [Fact]
    public async Task Refuses_with_one_line_a_port_that_a_running_server_holds()
    {
        var port = FreePort.Next();
        await using var first = await StartServerAsync(port);

        await using var second = await RunningProgram.StartAsync(Programs.ReferenceServer(Role, port));

        (await second.WaitForExitAsync()).Should().Be(1);
        second.StandardOutput.Should().BeEmpty();
        second
            .StandardError.Should()
            .Be($"reference: Cannot listen on TCP port {port}: it is already in use (is another server running?).\n");
    }
}
