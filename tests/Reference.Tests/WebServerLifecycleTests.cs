using System.Net.Sockets;
using FluentAssertions;
using Reference.Tests.Support;
using Xunit;

namespace Reference.Tests;

/// <summary>
/// The reference web servers as programs: the sequential one's single connection at a time, the default root, a
/// missing root, a busy port and stopping on SIGTERM. Each test starts servers of its own over the shared site.
/// </summary>
public sealed class WebServerLifecycleTests(WebSite site) : IClassFixture<WebSite>
{
    private readonly CancellationToken cancellationToken = TestContext.Current.CancellationToken;

    [Fact]
    public async Task Sequential_server_serves_a_second_connection_only_after_the_first()
    {
        await using var server = await ListeningServer.StartAsync(WebSite.Serve("web-server-sequential", site.Root));
        using var first = await Sockets.ConnectTcpAsync(server.Port, cancellationToken);
        await first.SendAsync("GET /page.htm HTTP/1.1\r\n"u8.ToArray(), SocketFlags.None, cancellationToken);
        using var second = await Sockets.ConnectTcpAsync(server.Port, cancellationToken);
        await second.SendAsync(RawHttp.Request("GET", "/notes.txt"), SocketFlags.None, cancellationToken);

        var secondWaited = await RawHttp.StaysSilentAsync(second, cancellationToken);
        await first.SendAsync("\r\n"u8.ToArray(), SocketFlags.None, cancellationToken);
        var firstReply = HttpReply.Parse(await RawHttp.ReadToEndAsync(first, cancellationToken));
        var secondReply = HttpReply.Parse(await RawHttp.ReadToEndAsync(second, cancellationToken));

        secondWaited.Should().BeTrue("a sequential server serves the first connection to its end first");
        firstReply.Text.Should().Be("the file page.htm\n");
        secondReply.Text.Should().Be("the file notes.txt\n");
    }

    [Fact]
    public async Task Serves_the_current_folder_without_root()
    {
        await using var server = await ListeningServer.StartAsync(
            Programs.Reference("web-server", "--port", "0") with
            {
                WorkingDirectory = site.Root,
            }
        );

        var reply = await RawHttp.GetAsync(server.Port, "/notes.txt", cancellationToken);

        reply.Text.Should().Be("the file notes.txt\n");
        server.Program.StandardOutput.Should().StartWith($"Ready to serve {site.Root} on port {server.Port}\n");
    }

    [Fact]
    public async Task Refuses_a_root_folder_that_does_not_exist_in_one_line()
    {
        var missing = Path.Combine(site.Root, "no-such-folder");

        await using var server = await RunningProgram.StartAsync(WebSite.Serve("web-server", missing));

        (await server.WaitForExitAsync()).Should().Be(1);
        server.StandardError.Should().Be($"reference: The root folder '{missing}' does not exist.\n");
    }

    [Fact]
    public async Task Refuses_with_one_line_a_port_that_another_server_holds()
    {
        await using var first = await ListeningServer.StartAsync(WebSite.Serve("web-server", site.Root));
        var port = first.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);

        await using var second = await RunningProgram.StartAsync(
            Programs.Reference("web-server", "--port", port, "--root", site.Root)
        );

        (await second.WaitForExitAsync()).Should().Be(1);
        second
            .StandardError.Should()
            .Be($"reference: Cannot listen on TCP port {port}: it is already in use (is another server running?).\n");
    }

    [Theory]
    [InlineData("web-server")]
    [InlineData("web-server-sequential")]
    public async Task Exits_with_code_0_on_SIGTERM_even_with_a_client_in_the_middle_of_its_request(string role)
    {
        await using var server = await ListeningServer.StartAsync(WebSite.Serve(role, site.Root));
        using var idle = await Sockets.ConnectTcpAsync(server.Port, cancellationToken);
        await idle.SendAsync("GET / HTTP/1.1\r\n"u8.ToArray(), SocketFlags.None, cancellationToken);

        await server.Program.SignalAsync("TERM");

        (await server.Program.WaitForExitAsync()).Should().Be(0, server.Program.StandardError);
        (await ConnectionEndsAsync(idle)).Should().BeTrue("the server closes every connection as it stops");
    }

    /// <summary>
    /// Whether the server ended the connection: closed it after accepting it, or reset it from its backlog when the
    /// signal came before the accept.
    /// </summary>
    private async Task<bool> ConnectionEndsAsync(Socket socket)
    {
        try
        {
            return (await Sockets.ReceiveOnceAsync(socket, cancellationToken)).Length == 0;
        }
        catch (SocketException exception) when (exception.SocketErrorCode == SocketError.ConnectionReset)
        {
            return true;
        }
    }
}
