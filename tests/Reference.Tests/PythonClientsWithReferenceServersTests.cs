using FluentAssertions;
using Reference.Tests.Support;
using Xunit;

namespace Reference.Tests;

/// <summary>
/// The lecture-style Python clients of <c>python-correct</c> against the reference servers, each test in a network
/// namespace of its own because the Python programs hard-code port 12000.
/// </summary>
public sealed class PythonClientsWithReferenceServersTests
{
    private const string Submission = "python-correct";
    private readonly CancellationToken cancellationToken = TestContext.Current.CancellationToken;

    // .NET's ToUpperInvariant maps one character to one: ß stays ß, ﬁ stays ﬁ.
    [Theory]
    [InlineData("tcp-server", "TCPClient.py", "hello world", "HELLO WORLD")]
    [InlineData("tcp-server", "TCPClient.py", "grüße aus köln", "GRÜßE AUS KÖLN")]
    [InlineData("tcp-server-concurrent", "TCPClient.py", "hello world", "HELLO WORLD")]
    [InlineData("tcp-server-concurrent", "TCPClient.py", "straße", "STRAßE")]
    [InlineData("udp-server", "UDPClient.py", "hello world", "HELLO WORLD")]
    [InlineData("udp-server", "UDPClient.py", "привет ﬁne straße", "ПРИВЕТ ﬁNE STRAßE")]
    public async Task Python_client_gets_the_reference_server_reply(
        string serverRole,
        string clientFile,
        string sentence,
        string reply
    )
    {
        await using var space = await NetworkNamespace.CreateAsync(cancellationToken);
        await using var server = await RunningProgram.StartServerAsync(space.Run(Programs.Reference(serverRole)));

        await using var client = await RunningProgram.StartAsync(
            space.Run(await Programs.PythonAsync(Submission, clientFile)),
            sentence + "\n"
        );

        (await client.WaitForExitAsync()).Should().Be(0, client.StandardError);
        client.StandardOutput.Should().Be(ClientOutput.For(reply));
    }
}
