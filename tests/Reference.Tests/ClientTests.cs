using System.Net;
using System.Net.Sockets;
using System.Text;
using FluentAssertions;
using Reference.Tests.Support;
using Xunit;

namespace Reference.Tests;

/// <summary>The reference clients against servers played by the test itself, which sees exactly what arrives.</summary>
public sealed class ClientTests
{
    private readonly CancellationToken cancellationToken = TestContext.Current.CancellationToken;

    [Fact]
    public async Task Tcp_client_sends_the_line_without_its_newline_and_prints_the_one_reply()
    {
        var port = FreePort.Next();
        using var listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        listener.Bind(new IPEndPoint(IPAddress.Loopback, port));
        listener.Listen(1);
        await using var client = await RunningProgram.StartAsync(
            Programs.ReferenceClient("tcp-client", port),
            "héllo there\r\n"
        );

        using var connection = await AcceptAsync(listener);
        var request = await Sockets.ReceiveOnceAsync(connection, cancellationToken);
        await connection.SendAsync("ANY REPLY ß"u8.ToArray(), SocketFlags.None, cancellationToken);

        Encoding.UTF8.GetString(request).Should().Be("héllo there");
        (await client.WaitForExitAsync()).Should().Be(0, client.StandardError);
        client.StandardOutput.Should().Be(ClientOutput.For("ANY REPLY ß"));
        (await Sockets.ReceiveOnceAsync(connection, cancellationToken))
            .Should()
            .BeEmpty("the client closes after one reply");
    }

    [Fact]
    public async Task Tcp_client_prints_an_empty_reply_when_the_server_closes_without_answering()
    {
        var port = FreePort.Next();
        using var listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        listener.Bind(new IPEndPoint(IPAddress.Loopback, port));
        listener.Listen(1);
        await using var client = await RunningProgram.StartAsync(
            Programs.ReferenceClient("tcp-client", port),
            "hello\n"
        );

        using (var connection = await AcceptAsync(listener))
        {
            await Sockets.ReceiveOnceAsync(connection, cancellationToken);
        }

        (await client.WaitForExitAsync()).Should().Be(0, client.StandardError);
        client.StandardOutput.Should().Be(ClientOutput.For(""));
    }

    [Fact]
    public async Task Udp_client_sends_one_datagram_without_the_newline_and_prints_the_reply()
    {
        var port = FreePort.Next();
        using var server = Sockets.NewUdp();
        server.Bind(new IPEndPoint(IPAddress.Loopback, port));
        await using var client = await RunningProgram.StartAsync(
            Programs.ReferenceClient("udp-client", port),
            "straße\n"
        );

        var buffer = new byte[65_536];
        var request = await server
            .ReceiveFromAsync(buffer, SocketFlags.None, new IPEndPoint(IPAddress.Any, 0), cancellationToken)
            .AsTask()
            .WaitAsync(Timeouts.Event, cancellationToken);
        await server.SendToAsync("STRASSE"u8.ToArray(), SocketFlags.None, request.RemoteEndPoint, cancellationToken);

        Encoding.UTF8.GetString(buffer, 0, request.ReceivedBytes).Should().Be("straße");
        (await client.WaitForExitAsync()).Should().Be(0, client.StandardError);
        client.StandardOutput.Should().Be(ClientOutput.For("STRASSE"));
    }

    [Theory]
    [InlineData("tcp-client")]
    [InlineData("udp-client")]
    public async Task Client_reports_a_missing_input_line_in_one_line(string role)
    {
        var port = FreePort.Next();
        await using var server = await RunningProgram.StartServerAsync(
            Programs.ReferenceServer(role == "tcp-client" ? "tcp-server" : "udp-server", port)
        );

        await using var client = await RunningProgram.StartAsync(
            Programs.ReferenceClient(role, port),
            standardInput: ""
        );

        (await client.WaitForExitAsync()).Should().Be(1);
        client.StandardOutput.Should().Be(ClientOutput.Prompt);
        client.StandardError.Should().Be("reference: Standard input ended before a sentence was read.\n");
    }

    [Fact]
    public async Task Tcp_client_reports_a_server_that_is_not_running_in_one_line()
    {
        var port = FreePort.Next();

        await using var client = await RunningProgram.StartAsync(
            Programs.ReferenceClient("tcp-client", port),
            "hello\n"
        );

        (await client.WaitForExitAsync()).Should().Be(1);
        client.StandardOutput.Should().BeEmpty("the lecture's client connects before it prompts");
        client
            .StandardError.Should()
            .Be($"reference: Cannot connect to 127.0.0.1:{port}: connection refused (is the server running?).\n");
    }

    [Fact]
    public async Task Udp_client_waiting_for_a_reply_stops_on_SIGTERM_with_one_line_and_exit_code_130()
    {
        var port = FreePort.Next();
        await using var client = await RunningProgram.StartAsync(
            Programs.ReferenceClient("udp-client", port),
            "anyone there?\n"
        );
        await client.WaitForOutputAsync(output => output == ClientOutput.Prompt, "its prompt");

        await client.SignalAsync("TERM");

        (await client.WaitForExitAsync()).Should().Be(130);
        client.StandardError.Should().Be("reference: interrupted before the exchange was complete.\n");
    }

    [Fact]
    public async Task Clients_resolve_localhost_to_ipv4()
    {
        var port = FreePort.Next();
        await using var server = await RunningProgram.StartServerAsync(Programs.ReferenceServer("udp-server", port));

        await using var client = await RunningProgram.StartAsync(
            Programs.Reference(
                "udp-client",
                "--host",
                "localhost",
                "--port",
                port.ToString(System.Globalization.CultureInfo.InvariantCulture)
            ),
            "via localhost\n"
        );

        (await client.WaitForExitAsync()).Should().Be(0, client.StandardError);
        client.StandardOutput.Should().Be(ClientOutput.For("VIA LOCALHOST"));
    }

    private async Task<Socket> AcceptAsync(Socket listener) =>
        await listener.AcceptAsync(cancellationToken).AsTask().WaitAsync(Timeouts.Event, cancellationToken);
}
