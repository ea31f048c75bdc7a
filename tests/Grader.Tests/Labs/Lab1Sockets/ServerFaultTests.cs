using FluentAssertions;

namespace Grader.Tests.Labs.Lab1Sockets;

/// <summary>
/// The faults real students' servers have, each failing the one check it belongs to with a verdict that names it:
/// a UDP reply sent with send() instead of sendto(), a socket of the other transport.
/// </summary>
public sealed class ServerFaultTests
{
    private const string SendTo = "reply with sendto(reply, clientAddress)";

    [Fact]
    public async Task Udp_server_that_replies_with_send_on_an_unconnected_socket_is_told_to_reply_with_sendto()
    {
        var result = await OneFault.GradeAsync(
            "UDPServer.py",
            OneFault.Correct(
                "UDPServer.py",
                (
                    "serverSocket.sendto(capitalizedSentence.encode(), clientAddress)",
                    "serverSocket.send(capitalizedSentence.encode())"
                )
            )
        );

        result.Faults("udp-server").Should().Equal("udp-server/uppercase");
        result
            .Message("udp-server/uppercase")
            .Should()
            .MatchRegex(
                $"^no reply came back to the client's address 127\\.0\\.0\\.1:\\d+: the server replies with send\\(\\) on an unconnected UDP socket; {Regex(SendTo)} "
                    + @"\(it exited with code 1: OSError: \[Errno 89\] Destination address required at UDPServer\.py line \d+\)$"
            );
    }

    [Fact]
    public async Task Udp_server_that_connects_its_socket_to_the_first_client_is_told_it_answers_only_that_one()
    {
        var result = await OneFault.GradeAsync(
            "UDPServer.py",
            OneFault.Correct(
                "UDPServer.py",
                (
                    "    serverSocket.sendto(capitalizedSentence.encode(), clientAddress)",
                    "    serverSocket.connect(clientAddress)\n    serverSocket.send(capitalizedSentence.encode())"
                )
            )
        );

        // The first client is answered; the next one, at another address, never is.
        result.Faults("udp-server").Should().Equal("udp-server/utf8");
        result
            .Message("udp-server/utf8")
            .Should()
            .MatchRegex(
                @"^no reply came back to the client's address 127\.0\.0\.1:\d+: the server's UDP socket is connected to an earlier client, 127\.0\.0\.1:\d+ \(connect\(\) and send\(\)\), "
                    + $"so it hears and answers only that one; {Regex(SendTo)} on an unconnected socket$"
            );
    }

    [Fact]
    public async Task Tcp_server_that_opens_a_udp_socket_is_told_its_socket_type_without_waiting_for_the_start_deadline()
    {
        var result = await OneFault.GradeAsync(
            "TCPServer.py",
            """
            from socket import *
            serverSocket = socket(AF_INET, SOCK_DGRAM)
            serverSocket.bind(("", 12000))
            print("The server is ready to receive")
            while True:
                sentence, clientAddress = serverSocket.recvfrom(1024)
                serverSocket.sendto(sentence.decode().upper().encode(), clientAddress)
            """
        );

        result.Faults("tcp-server").Should().Equal("tcp-server/uppercase");
        result
            .Message("tcp-server/uppercase")
            .Should()
            .Be("the TCP server opened a UDP socket (SOCK_DGRAM) on port 12000, not a TCP one (SOCK_STREAM)");
    }

    [Fact]
    public async Task Udp_server_that_listens_on_tcp_is_told_its_socket_type()
    {
        var result = await OneFault.GradeAsync(
            "UDPServer.py",
            """
            from socket import *
            serverSocket = socket(AF_INET, SOCK_STREAM)
            serverSocket.bind(("", 12000))
            serverSocket.listen(5)
            while True:
                connectionSocket, addr = serverSocket.accept()
                connectionSocket.send(connectionSocket.recv(1024).decode().upper().encode())
                connectionSocket.close()
            """
        );

        result.Faults("udp-server").Should().Equal("udp-server/uppercase");
        result
            .Message("udp-server/uppercase")
            .Should()
            .Be("the UDP server opened a TCP socket (SOCK_STREAM) listening on port 12000, not a UDP one (SOCK_DGRAM)");
    }

    private static string Regex(string text) => System.Text.RegularExpressions.Regex.Escape(text);
}
