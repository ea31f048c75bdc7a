using FluentAssertions;

namespace Grader.Tests.Labs.Lab1Sockets;

/// <summary>Each check of the UDP server, failed by a server written to fail exactly that check.</summary>
public sealed class UdpServerCheckTests
{
    private const string Server = "UDPServer.py";
    private const string Role = "udp-server";

    [Fact]
    public async Task Server_that_echoes_fails_only_uppercase()
    {
        var result = await OneFault.GradeAsync(
            Server,
            OneFault.Correct(Server, ("sentence.decode().upper()", "sentence.decode()"))
        );

        result.Faults(Role).Should().Equal("udp-server/uppercase");
    }

    [Fact]
    public async Task Server_that_reads_512_bytes_fails_only_the_1024_byte_datagram()
    {
        var result = await OneFault.GradeAsync(Server, OneFault.Correct(Server, ("recvfrom(1024)", "recvfrom(512)")));

        result.Faults(Role).Should().Equal("udp-server/max-message");
    }

    [Fact]
    public async Task Server_that_answers_the_latest_sender_instead_of_each_datagrams_own_fails_only_two_clients()
    {
        // Gathers the datagrams that come within 0.3 s of each other and answers them all at the address of the last
        // sender: right for one client at a time, wrong for two interleaved. Every reply is sent before the server
        // reads again, so none is still on its way when a check ends, to land in a later check's client.
        var result = await OneFault.GradeAsync(
            Server,
            """
            from socket import *
            serverSocket = socket(AF_INET, SOCK_DGRAM)
            serverSocket.bind(("", 12000))
            while True:
                sentence, latest = serverSocket.recvfrom(1024)
                replies = [sentence.decode().upper().encode()]
                serverSocket.settimeout(0.3)
                try:
                    while True:
                        sentence, latest = serverSocket.recvfrom(1024)
                        replies.append(sentence.decode().upper().encode())
                except timeout:
                    pass
                serverSocket.settimeout(None)
                for reply in replies:
                    serverSocket.sendto(reply, latest)
            """
        );

        result.Faults(Role).Should().Equal("udp-server/two-clients");
        // Every reply goes to client B, the latest sender: client A waits for its own in vain.
        result
            .Message("udp-server/two-clients")
            .Should()
            .StartWith("client A (port ")
            .And.EndWith("reply to each datagram's own sender address");
    }

    [Fact]
    public async Task Server_that_crashes_on_an_empty_datagram_fails_only_empty_datagram()
    {
        var result = await OneFault.GradeAsync(
            Server,
            OneFault.Correct(
                Server,
                (
                    "    capitalizedSentence = sentence.decode().upper()",
                    "    capitalizedSentence = sentence.decode().upper()\n    first = capitalizedSentence[0]"
                )
            )
        );

        result.Faults(Role).Should().Equal("udp-server/empty-datagram");
        result.Message("udp-server/empty-datagram").Should().Contain("IndexError");
    }

    [Fact]
    public async Task Server_that_decodes_strictly_fails_only_the_invalid_utf8_robustness_check()
    {
        var result = await OneFault.GradeAsync(Server, OneFault.Correct(Server, ("recvfrom(1024)", "recvfrom(65536)")));

        result.Faults(Role).Should().BeEmpty();
        result.Misses(Role).Should().Equal("udp-server/invalid-utf8");
        result.Message("udp-server/invalid-utf8").Should().Contain("UnicodeDecodeError");
    }

    [Fact]
    public async Task Server_that_reads_1024_bytes_fails_only_the_large_datagram_robustness_check()
    {
        var result = await OneFault.GradeAsync(
            Server,
            OneFault.Correct(Server, ("sentence.decode()", "sentence.decode(\"utf-8\", \"replace\")"))
        );

        result.Faults(Role).Should().BeEmpty();
        result.Misses(Role).Should().Equal("udp-server/large-message");
        result
            .Message("udp-server/large-message")
            .Should()
            .StartWith("the reply to a 3000-byte datagram had only its first 1024 bytes")
            .And.Contain("recvfrom cuts a longer datagram there");
    }
}
