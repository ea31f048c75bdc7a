using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;
using FluentAssertions;
using Reference.Tests.Support;
using Xunit;

namespace Reference.Tests;

/// <summary>
/// The reference <c>pinger-server</c>: which datagrams it drops (reproducibly, with a seed), and the upper-cased
/// copies of the others, sent back to their sender.
/// </summary>
public sealed class PingerServerTests
{
    private readonly CancellationToken cancellationToken = TestContext.Current.CancellationToken;

    [Fact]
    public async Task Drops_exactly_the_datagrams_its_seed_picks_and_answers_the_others_upper_cased()
    {
        const int Seed = 42;
        const double Loss = 0.5;
        await using var server = await StartAsync("--loss", "0.5", "--seed", "42");
        using var socket = Sockets.NewUdp();
        socket.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        var me = socket.LocalEndPoint!.ToString()!;

        // The documented rule: datagram n is dropped when the n-th NextDouble of Random(seed) is below the loss.
        var random = new Random(Seed);
        var expectedFates = Enumerable.Range(1, 20).Select(_ => random.NextDouble() < Loss ? "dropped" : "answered");
        var fates = new List<string>();
        var answered = new List<string>();
        for (var n = 1; n <= 20; n++)
        {
            await SendAsync(socket, server.Port, $"ping {n}");
            var line = await server.Program.WaitForLineAsync(
                new Regex($"^Datagram {n} from {Regex.Escape(me)}: (dropped|answered)$")
            );
            fates.Add(line.Groups[1].Value);
            if (line.Groups[1].Value == "answered")
            {
                answered.Add($"PING {n}");
            }
        }

        var replies = new List<string>();
        foreach (var _ in answered)
        {
            replies.Add(await ReceiveAsync(socket));
        }

        fates.Should().Equal(expectedFates);
        fates.Should().Contain("dropped").And.Contain("answered");
        replies.Should().Equal(answered, "the dropped datagrams get no reply, the others their upper-cased copy");
        socket.Available.Should().Be(0, "no reply may come for a dropped datagram");
    }

    [Fact]
    public async Task Drops_the_same_datagrams_in_every_run_with_the_same_seed()
    {
        var first = await FatesAsync("--loss", "0.3", "--seed", "2024");
        var second = await FatesAsync("--loss", "0.3", "--seed", "2024");

        second.Should().Equal(first);
        first.Should().Contain("dropped").And.Contain("answered");
    }

    [Fact]
    public async Task Answers_every_datagram_with_no_loss()
    {
        await using var server = await StartAsync("--loss", "0");
        using var socket = Sockets.NewUdp();

        for (var n = 1; n <= 5; n++)
        {
            var reply = await Sockets.UdpExchangeAsync(
                socket,
                server.Port,
                Encoding.UTF8.GetBytes($"Ping {n} 1.5"),
                cancellationToken
            );
            Encoding.UTF8.GetString(reply).Should().Be($"PING {n} 1.5");
        }
    }

    [Fact]
    public async Task Drops_every_datagram_with_a_loss_of_1()
    {
        await using var server = await StartAsync("--loss", "1");
        using var socket = Sockets.NewUdp();

        for (var n = 1; n <= 5; n++)
        {
            await SendAsync(socket, server.Port, $"Ping {n}");
        }

        await server.Program.WaitForLineAsync(new Regex("^Datagram 5 from "));
        server
            .Program.StandardOutput.Split('\n')
            .Where(line => line.StartsWith("Datagram", StringComparison.Ordinal))
            .Should()
            .HaveCount(5)
            .And.OnlyContain(line => line.EndsWith(": dropped", StringComparison.Ordinal));
        socket.Available.Should().Be(0);
    }

    [Fact]
    public async Task Answers_each_sender_at_its_own_address()
    {
        await using var server = await StartAsync("--loss", "0");
        using var alice = Sockets.NewUdp();
        using var bob = Sockets.NewUdp();

        var toAlice = await Sockets.UdpExchangeAsync(alice, server.Port, "from alice"u8.ToArray(), cancellationToken);
        var toBob = await Sockets.UdpExchangeAsync(bob, server.Port, "from bob"u8.ToArray(), cancellationToken);

        Encoding.UTF8.GetString(toAlice).Should().Be("FROM ALICE");
        Encoding.UTF8.GetString(toBob).Should().Be("FROM BOB");
    }

    [Fact]
    public async Task Exits_with_code_0_on_SIGTERM()
    {
        await using var server = await StartAsync();

        await server.Program.SignalAsync("TERM");

        (await server.Program.WaitForExitAsync()).Should().Be(0, server.Program.StandardError);
        server.Program.StandardOutput.Should().Be($"Ready to answer pings on UDP port {server.Port}\n");
    }

    private static Task<ListeningServer> StartAsync(params string[] options) =>
        ListeningServer.StartAsync(Programs.Reference("pinger-server", ["--port", "0", .. options]));

    /// <summary>The fate of ten datagrams sent to a fresh server started with <paramref name="options"/>.</summary>
    private async Task<List<string>> FatesAsync(params string[] options)
    {
        await using var server = await StartAsync(options);
        using var socket = Sockets.NewUdp();
        for (var n = 1; n <= 10; n++)
        {
            await SendAsync(socket, server.Port, $"Ping {n}");
        }

        await server.Program.WaitForLineAsync(new Regex("^Datagram 10 from "));
        return server
            .Program.StandardOutput.Split('\n')
            .Where(line => line.StartsWith("Datagram", StringComparison.Ordinal))
            .Select(line => line[(line.LastIndexOf(' ') + 1)..])
            .ToList();
    }

    private async Task SendAsync(Socket socket, int port, string message) =>
        await socket.SendToAsync(
            Encoding.UTF8.GetBytes(message),
            SocketFlags.None,
            new IPEndPoint(IPAddress.Loopback, port),
            cancellationToken
        );

    private async Task<string> ReceiveAsync(Socket socket)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(Timeouts.Event);
        var buffer = new byte[65_536];
        var received = await socket.ReceiveAsync(buffer, SocketFlags.None, deadline.Token);
        return Encoding.UTF8.GetString(buffer, 0, received);
    }
}
