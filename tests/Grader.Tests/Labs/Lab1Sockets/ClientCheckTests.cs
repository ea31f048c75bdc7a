using FluentAssertions;

namespace Grader.Tests.Labs.Lab1Sockets;

/// <summary>Each check of the clients, failed by a client written to fail exactly that check.</summary>
public sealed class ClientCheckTests
{
    [Fact]
    public async Task Udp_client_that_sends_the_newline_fails_only_sends_line()
    {
        var result = await OneFault.GradeAsync(
            "UDPClient.py",
            OneFault.Correct("UDPClient.py", ("sentence.encode()", "(sentence + \"\\n\").encode()"))
        );

        result.Faults("udp-client").Should().Equal("udp-client/sends-line");
        result
            .Message("udp-client/sends-line")
            .Should()
            .Be(
                "the client sent `datagrams are fun: señor ✓\\n`: the newline must not be sent, only the line `datagrams are fun: señor ✓`"
            );
    }

    [Fact]
    public async Task Udp_client_that_prints_its_own_line_upper_cased_fails_only_prints_reply()
    {
        var result = await OneFault.GradeAsync(
            "UDPClient.py",
            OneFault.Correct("UDPClient.py", ("modifiedSentence.decode())", "sentence.upper())"))
        );

        result.Faults("udp-client").Should().Equal("udp-client/prints-reply");
        result
            .Message("udp-client/prints-reply")
            .Should()
            .MatchRegex(
                "^your client printed `DATAGRAMS ARE FUN: SEÑOR ✓` but the server replied `[A-Z0-9]{12}`: it must print the server's reply"
            );
    }

    [Fact]
    public async Task Tcp_client_that_exits_with_code_3_fails_only_exits_cleanly()
    {
        var result = await OneFault.GradeAsync(
            "TCPClient.py",
            OneFault.Correct("TCPClient.py", ("clientSocket.close()", "clientSocket.close()\nraise SystemExit(3)"))
        );

        result.Faults("tcp-client").Should().Equal("tcp-client/exits-cleanly");
        result
            .Message("tcp-client/exits-cleanly")
            .Should()
            .Be("the client exited with code 3; it must exit with code 0 after printing the reply");
    }

    [Fact]
    public async Task Lecture_tcp_client_misses_only_the_no_server_robustness_check_with_its_traceback_named()
    {
        var result = await OneFault.GradeAsync("TCPClient.py", OneFault.Correct("TCPClient.py"));

        result.Faults("tcp-client").Should().BeEmpty();
        result.Misses("tcp-client").Should().Equal("tcp-client/no-server");
        result
            .Message("tcp-client/no-server")
            .Should()
            .StartWith("with no server running, the client crashed: exited with code 1: ConnectionRefusedError");
    }

    [Fact]
    public async Task Tcp_client_with_a_one_second_timeout_misses_only_the_slow_server_robustness_check()
    {
        var result = await OneFault.GradeAsync(
            "TCPClient.py",
            """
            import sys
            from socket import *
            s = socket(AF_INET, SOCK_STREAM)
            try:
                s.connect(("localhost", 12000))
            except ConnectionError:
                sys.exit("no server is running on localhost:12000")
            sentence = input("Input a lowercase sentence:")
            s.send(sentence.encode())
            s.settimeout(1)
            try:
                print("From Server:", s.recv(1024).decode())
            except timeout:
                sys.exit("the server did not reply within 1 s")
            s.close()
            """
        );

        result.Faults("tcp-client").Should().BeEmpty();
        result.Misses("tcp-client").Should().Equal("tcp-client/slow-server");
        result
            .Message("tcp-client/slow-server")
            .Should()
            .StartWith(
                "the server replied after 1.5 s, but the client exited with code 1: the server did not reply within 1 s"
            );
    }

    [Fact]
    public async Task Udp_client_without_a_timeout_misses_only_the_lost_reply_robustness_check()
    {
        // A connected UDP socket learns from ICMP that no server listens, but waits forever for a reply that was lost.
        var result = await OneFault.GradeAsync(
            "UDPClient.py",
            """
            import sys
            from socket import *
            s = socket(AF_INET, SOCK_DGRAM)
            s.connect(("localhost", 12000))
            sentence = input("Input a lowercase sentence:")
            s.send(sentence.encode())
            try:
                print("From Server:", s.recv(1024).decode())
            except ConnectionRefusedError:
                sys.exit("no server answers on localhost:12000")
            """
        );

        result.Faults("udp-client").Should().BeEmpty();
        result.Misses("udp-client").Should().Equal("udp-client/lost-reply");
        result
            .Message("udp-client/lost-reply")
            .Should()
            .StartWith(
                "the first reply was lost and the client waits in `recvfrom` on a socket with no timeout (the kernel shows it)"
            );
    }

    [Fact]
    public async Task Udp_client_that_retries_after_a_timeout_passes_every_check_required_or_not()
    {
        var result = await OneFault.GradeAsync(
            "UDPClient.py",
            """
            import sys
            from socket import *
            s = socket(AF_INET, SOCK_DGRAM)
            s.connect(("localhost", 12000))  # so ICMP tells at once when no server listens
            s.settimeout(0.6)
            sentence = input("Input a lowercase sentence:")
            try:
                for attempt in range(5):
                    s.send(sentence.encode())
                    try:
                        print("From Server:", s.recv(1024).decode())
                        break
                    except timeout:
                        pass  # lost, or slow: send again
                else:
                    sys.exit("no reply from localhost:12000 after 5 tries")
            except ConnectionRefusedError:
                sys.exit("no server answers on localhost:12000")
            """
        );

        result.Checks.Where(c => c.Role == "udp-client").Should().OnlyContain(c => c.Passed);
    }

    [Fact]
    public async Task Tcp_client_that_reads_until_the_server_closes_passes_as_against_the_lectures_server()
    {
        // The lecture's server closes the connection once it has replied, so reading until then is correct.
        var result = await OneFault.GradeAsync(
            "TCPClient.py",
            OneFault.Correct(
                "TCPClient.py",
                (
                    "modifiedSentence = clientSocket.recv(1024)",
                    "modifiedSentence = b\"\"\nwhile data := clientSocket.recv(1024):\n    modifiedSentence += data"
                )
            )
        );

        result.Faults("tcp-client").Should().BeEmpty();
    }
}
