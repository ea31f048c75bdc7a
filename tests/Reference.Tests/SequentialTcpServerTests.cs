using System.Text;
using FluentAssertions;
using Reference.Tests.Support;
using Xunit;

namespace Reference.Tests;

/// <summary>The reference <c>tcp-server</c>: the shared contract, and one client at a time.</summary>
public sealed class SequentialTcpServerTests() : TcpServerContractTests("tcp-server")
{
    [Fact]
    public async Task Second_client_gets_no_reply_while_the_first_is_idle_and_gets_it_once_the_first_is_done()
    {
        var port = FreePort.Next();
        await using var server = await StartServerAsync(port);
        using var first = await Sockets.ConnectTcpAsync(port, CancellationToken);

        await using var second = await RunningProgram.StartAsync(
            Programs.ReferenceClient("tcp-client", port),
            "second\n"
        );
        await second.WaitForOutputAsync(output => output == ClientOutput.Prompt, "its prompt (so it is connected)");

        (await second.IsStillRunningAfterSilenceAsync())
            .Should()
            .BeTrue("a sequential server serves the idle first client first");
        second.StandardOutput.Should().Be(ClientOutput.Prompt);

        var firstReply = await Sockets.SendAndReceiveOnceAsync(first, "first"u8.ToArray(), CancellationToken);
        Encoding.UTF8.GetString(firstReply).Should().Be("FIRST");
        (await second.WaitForExitAsync()).Should().Be(0);
        second.StandardOutput.Should().Be(ClientOutput.For("SECOND"));
    }

    [Fact]
    public async Task Exits_with_code_0_on_SIGTERM()
    {
        var port = FreePort.Next();
        await using var server = await StartServerAsync(port);
        (await Sockets.TcpExchangeAsync(port, "x"u8.ToArray(), CancellationToken)).Should().Equal("X"u8.ToArray());

        await server.SignalAsync("TERM");

        (await server.WaitForExitAsync()).Should().Be(0, server.StandardError);
        server.StandardError.Should().BeEmpty();
    }
}
