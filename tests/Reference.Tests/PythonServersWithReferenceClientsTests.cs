using FluentAssertions;
using Reference.Tests.Support;
using Xunit;

namespace Reference.Tests;

/// <summary>
/// The reference clients against the lecture-style Python servers of <c>python-correct</c>, each test in a network
/// namespace of its own because the Python programs hard-code port 12000.
/// </summary>
public sealed class PythonServersWithReferenceClientsTests
{
    private const string Submission = "python-correct";
    private readonly CancellationToken cancellationToken = TestContext.Current.CancellationToken;

    // Python's str.upper() is full case mapping: ß becomes SS.
    [Theory]
    [InlineData("TCPServer.py", "tcp-client", "hello world", "HELLO WORLD")]
    [InlineData("TCPServer.py", "tcp-client", "grüße aus köln", "GRÜSSE AUS KÖLN")]
    [InlineData("TCPServerConcurrent.py", "tcp-client", "hello world", "HELLO WORLD")]
    [InlineData("TCPServerConcurrent.py", "tcp-client", "straße", "STRASSE")]
    [InlineData("UDPServer.py", "udp-client", "hello world", "HELLO WORLD")]
    [InlineData("UDPServer.py", "udp-client", "привет ﬁne straße", "ПРИВЕТ FINE STRASSE")]
    public async Task Reference_client_gets_the_python_server_reply(
        string serverFile,
        string clientRole,
        string sentence,
        string reply
    )
    {
        await using var space = await NetworkNamespace.CreateAsync(cancellationToken);
        await using var server = await RunningProgram.StartServerAsync(
            space.Run(await Programs.PythonAsync(Submission, serverFile))
        );

        await using var client = await RunningProgram.StartAsync(
            space.Run(Programs.Reference(clientRole)),
            sentence + "\n"
        );

        (await client.WaitForExitAsync()).Should().Be(0, client.StandardError);
        client.StandardOutput.Should().Be(ClientOutput.For(reply));
    }

    [Fact]
    public async Task Reference_clients_reach_the_python_servers_twice_in_a_row()
    {
        await using var space = await NetworkNamespace.CreateAsync(cancellationToken);
        await using var server = await RunningProgram.StartServerAsync(
            space.Run(await Programs.PythonAsync(Submission, "TCPServer.py"))
        );

        foreach (var sentence in new[] { "one", "two" })
        {
            await using var client = await RunningProgram.StartAsync(
                space.Run(Programs.Reference("tcp-client")),
                sentence + "\n"
            );
            (await client.WaitForExitAsync()).Should().Be(0, client.StandardError);
            client.StandardOutput.Should().Be(ClientOutput.For(sentence.ToUpperInvariant()));
        }
    }
}
