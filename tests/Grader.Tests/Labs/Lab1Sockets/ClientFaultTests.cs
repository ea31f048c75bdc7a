using System.Diagnostics;
using FluentAssertions;
using Grader.Checks.Clients;
using Grader.Labs;
using Grader.Launching;
using Grader.Results;
using Grader.Rubric;
using Grader.Tests.Support;

namespace Grader.Tests.Labs.Lab1Sockets;

/// <summary>
/// The faults real students' clients have, each failing the one check it belongs to with a verdict that says what the
/// client did: the host it tried, the line it read from elsewhere, the socket type it opened.
/// </summary>
public sealed class ClientFaultTests
{
    private const string NotLocalhost = "the lab's client connects to localhost";

    [Fact]
    public async Task Client_that_connects_to_a_lan_address_is_told_which_address_it_tried()
    {
        var result = await OneFault.GradeAsync(
            "TCPClient.py",
            OneFault.Correct("TCPClient.py", ("serverName = \"localhost\"", "serverName = \"192.168.0.123\""))
        );

        result.Faults("tcp-client").Should().Equal("tcp-client/sends-line");
        result
            .Message("tcp-client/sends-line")
            .Should()
            .Be($"the client connected to 192.168.0.123:12000, not to localhost: {NotLocalhost}");
        result
            .Checks.Where(c => c.Role == "tcp-client")
            .Skip(1)
            .Should()
            .OnlyContain(c =>
                c.Status == CheckStatus.Skipped
                && c.Message
                    == "skipped: the client reached the server at another host than localhost (see tcp-client/sends-line)"
            );
    }

    [Fact]
    public async Task Udp_client_that_sends_to_a_lan_address_is_told_which_address_it_tried()
    {
        var result = await OneFault.GradeAsync(
            "UDPClient.py",
            OneFault.Correct("UDPClient.py", ("serverName = \"localhost\"", "serverName = \"10.1.2.3\""))
        );

        result.Faults("udp-client").Should().Equal("udp-client/sends-line");
        result
            .Message("udp-client/sends-line")
            .Should()
            .Be($"the client sent its datagram to 10.1.2.3:12000, not to localhost: {NotLocalhost}");
    }

    [Theory]
    [InlineData("TCPClient.py", "servername")]
    [InlineData("UDPClient.py", "mylaptop")]
    public async Task Client_that_connects_to_a_machine_name_is_told_the_name_it_looked_up(string file, string host)
    {
        var role = file.StartsWith("TCP", StringComparison.Ordinal) ? "tcp-client" : "udp-client";

        var result = await OneFault.GradeAsync(
            file,
            OneFault.Correct(file, ("serverName = \"localhost\"", $"serverName = '{host}'"))
        );

        result.Faults(role).Should().Equal($"{role}/sends-line");
        result
            .Message($"{role}/sends-line")
            .Should()
            .Be($"the client looked up the name `{host}`, which is not localhost: {NotLocalhost}");
    }

    [Theory]
    [InlineData("192.168.0.123")]
    [InlineData("servername")]
    public async Task Client_that_connects_to_another_host_is_graded_normally_when_the_assignment_accepts_other_hosts(
        string host
    )
    {
        using var submission = new TempSubmission("other-host").With(
            "TCPClient.py",
            OneFault.Correct("TCPClient.py", ("serverName = \"localhost\"", $"serverName = \"{host}\""))
        );

        var result = await LabGrading.GradeAsync(submission.Folder, assignment: AcceptingOtherHosts());

        result.Faults("tcp-client").Should().BeEmpty();
        result.Checks.Where(c => c.Role == "tcp-client" && c.Required).Should().OnlyContain(c => c.Passed);
    }

    [Fact]
    public async Task Client_that_reads_its_sentence_from_the_command_line_is_told_to_read_standard_input()
    {
        var result = await OneFault.GradeAsync(
            "TCPClient.py",
            OneFault.Correct(
                "TCPClient.py",
                ("from socket import *", "import sys\nfrom socket import *"),
                ("sentence = input(\"Input a lowercase sentence:\")", "sentence = sys.argv[1]")
            )
        );

        result.Faults("tcp-client").Should().Equal("tcp-client/sends-line");
        result
            .Message("tcp-client/sends-line")
            .Should()
            .Be(
                "the client connected to the server but sent nothing: it reads its sentence from the command line (sys.argv), but the lab's client reads it from standard input"
            );
    }

    [Fact]
    public async Task Udp_client_that_reads_its_sentence_from_the_command_line_before_anything_else_is_told_to_read_standard_input()
    {
        var result = await OneFault.GradeAsync(
            "UDPClient.py",
            OneFault.Correct(
                "UDPClient.py",
                ("from socket import *", "import sys\nfrom socket import *"),
                ("sentence = input(\"Input a lowercase sentence:\")", "sentence = sys.argv[1]")
            )
        );

        result.Faults("udp-client").Should().Equal("udp-client/sends-line");
        result
            .Message("udp-client/sends-line")
            .Should()
            .Be(
                "the client reads its sentence from the command line (sys.argv), but the lab's client reads it from standard input"
            );
    }

    [Fact]
    public async Task Client_that_asks_for_the_host_first_is_told_it_took_the_sentence_for_the_host()
    {
        var result = await OneFault.GradeAsync(
            "TCPClient.py",
            OneFault.Correct("TCPClient.py", ("serverName = \"localhost\"", "serverName = input(\"Server name: \")"))
        );

        result.Faults("tcp-client").Should().Equal("tcp-client/sends-line");
        result
            .Message("tcp-client/sends-line")
            .Should()
            .Be(
                "the client asked for a server address before the sentence (it printed `Server name:`): it took the typed line `sockets are fun: grüße ✓` "
                    + "for the server's host name; the lab's client hard-codes localhost and reads only the sentence"
            );
    }

    [Fact]
    public async Task Udp_client_that_asks_for_the_port_first_is_told_it_took_the_sentence_for_the_port()
    {
        var result = await OneFault.GradeAsync(
            "UDPClient.py",
            OneFault.Correct("UDPClient.py", ("serverPort = 12000", "serverPort = int(input(\"Port? \"))"))
        );

        result.Faults("udp-client").Should().Equal("udp-client/sends-line");
        result
            .Message("udp-client/sends-line")
            .Should()
            .Be(
                "the client asked for a server port before the sentence (it printed `Port?`): it took the typed line `datagrams are fun: señor ✓` "
                    + "for the server's port; the lab's client hard-codes localhost and reads only the sentence"
            );
    }

    [Fact]
    public async Task Client_that_asks_for_another_line_after_the_reply_fails_only_exits_cleanly()
    {
        var result = await OneFault.GradeAsync(
            "TCPClient.py",
            """
            from socket import *
            clientSocket = socket(AF_INET, SOCK_STREAM)
            clientSocket.connect(("localhost", 12000))
            while True:
                sentence = input("Input a lowercase sentence:")
                clientSocket.send(sentence.encode())
                print("From Server:", clientSocket.recv(1024).decode())
            """
        );

        result.Faults("tcp-client").Should().Equal("tcp-client/exits-cleanly");
        result
            .Message("tcp-client/exits-cleanly")
            .Should()
            .Be(
                "after printing the reply, the client asked for another line and crashed at the end of its input (EOFError): the lab's client sends one sentence and exits"
            );
    }

    [Fact]
    public async Task Udp_client_that_loops_until_the_end_of_its_input_passes_every_required_check()
    {
        var result = await OneFault.GradeAsync(
            "UDPClient.py",
            """
            from socket import *
            clientSocket = socket(AF_INET, SOCK_DGRAM)
            while True:
                try:
                    sentence = input("Input a lowercase sentence:")
                except EOFError:
                    break
                clientSocket.sendto(sentence.encode(), ("localhost", 12000))
                modifiedSentence, serverAddress = clientSocket.recvfrom(1024)
                print("From Server:", modifiedSentence.decode())
            clientSocket.close()
            """
        );

        result.Faults("udp-client").Should().BeEmpty();
    }

    [Fact]
    public async Task Tcp_client_that_opens_a_udp_socket_is_told_the_socket_type_it_used()
    {
        var result = await OneFault.GradeAsync(
            "TCPClient.py",
            OneFault.Correct("TCPClient.py", ("socket(AF_INET, SOCK_STREAM)", "socket(AF_INET, SOCK_DGRAM)"))
        );

        result.Faults("tcp-client").Should().Equal("tcp-client/sends-line");
        result
            .Message("tcp-client/sends-line")
            .Should()
            .Be(
                "the TCP client sent a UDP datagram (a SOCK_DGRAM socket) to port 12000, not a TCP connection: the lab's TCP client connects with a SOCK_STREAM socket"
            );
    }

    [Fact]
    public async Task Udp_client_that_connects_over_tcp_is_told_the_socket_type_it_used()
    {
        var result = await OneFault.GradeAsync(
            "UDPClient.py",
            """
            from socket import *
            clientSocket = socket(AF_INET, SOCK_STREAM)
            clientSocket.connect(("localhost", 12000))
            sentence = input("Input a lowercase sentence:")
            clientSocket.send(sentence.encode())
            print("From Server:", clientSocket.recv(1024).decode())
            clientSocket.close()
            """
        );

        result.Faults("udp-client").Should().Equal("udp-client/sends-line");
        result
            .Message("udp-client/sends-line")
            .Should()
            .Be(
                "the UDP client connected over TCP (a SOCK_STREAM socket) to port 12000 instead of sending a datagram: the lab's UDP client sends with a SOCK_DGRAM socket"
            );
    }

    [Fact]
    public void Where_no_lookup_is_heard_a_client_is_told_the_name_its_error_holds()
    {
        // Under the direct and docker sandboxes no name server probe hears the lookup; Java's error names the host.
        var run = NeverReached(
            Transport.Tcp,
            "Exception in thread \"main\" java.net.UnknownHostException: mylaptop: Name or service not known\n\tat java.base/java.net.Inet6AddressImpl.lookupAllHostAddr(Native Method)\n"
        );

        ClientFaults
            .Fatal(run)
            .Should()
            .Be($"the client looked up the name `mylaptop`, which is not localhost: {NotLocalhost}");
    }

    [Fact]
    public void Where_the_network_cannot_be_rerouted_a_client_with_no_route_is_told_it_tried_another_host()
    {
        // Inside a docker container (no network) a connection to a LAN address fails at once.
        var run = NeverReached(
            Transport.Tcp,
            "Traceback (most recent call last):\n  File \"/s/TCPClient.py\", line 3, in <module>\n    s.connect((\"10.1.2.3\", 12000))\nOSError: [Errno 101] Network is unreachable\n"
        );

        ClientFaults
            .Fatal(run)
            .Should()
            .Be(
                $"the client tried to reach a host outside this machine (OSError: [Errno 101] Network is unreachable at TCPClient.py line 3): {NotLocalhost}"
            );
    }

    [Fact]
    public async Task Kernel_shows_a_client_still_connecting_to_another_host()
    {
        // A namespace of the test's own whose route to 192.0.2.0/24 (a documentation network) leads into its loopback,
        // where nothing answers: the connection waits in SYN_SENT, and no packet leaves the machine.
        using var client = Process.Start(
            new ProcessStartInfo(
                "unshare",
                [
                    "--net",
                    "sh",
                    "-c",
                    "ip link set lo up && ip route add 192.0.2.0/24 dev lo && exec python3 -c 'import socket; socket.socket().connect((\"192.0.2.1\", 12000))'",
                ]
            )
            {
                RedirectStandardError = true,
            }
        )!;
        try
        {
            var clock = Stopwatch.StartNew();
            System.Net.IPEndPoint? seen = null;
            while (seen is null && !client.HasExited && clock.Elapsed < TimeSpan.FromSeconds(30))
            {
                seen = ClientSockets.Elsewhere(client.Id, 12000);
                await Task.Delay(10, TestContext.Current.CancellationToken);
            }

            seen.Should()
                .Be(
                    new System.Net.IPEndPoint(System.Net.IPAddress.Parse("192.0.2.1"), 12000),
                    client.HasExited
                        ? await client.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken)
                        : ""
                );
            ClientSockets.Elsewhere(client.Id, 12001).Should().BeNull("it connects to port 12000 only");
        }
        finally
        {
            client.Kill(entireProcessTree: true);
            await client.WaitForExitAsync(TestContext.Current.CancellationToken);
        }
    }

    // A run in which the client never reached the probe server and ended with this error, as where the sandbox hears
    // nothing.
    private static ClientRun NeverReached(Transport transport, string error) =>
        new(
            new ClientScenario(ProbeBehaviour.Normal, TimeSpan.Zero, TimeSpan.FromSeconds(5)),
            transport,
            "sockets are fun",
            "TOKEN",
            Contacted: false,
            Request: null,
            Requests: 0,
            ClosedConnection: false,
            new ProgramExit(1, null, "Input a lowercase sentence:", error, false, TimeSpan.FromSeconds(1)),
            []
        )
        {
            Port = LabGrading.Lab.Port,
        };

    // The shipped rubric with accept-other-hosts set for the TCP client.
    private static Assignment AcceptingOtherHosts()
    {
        var text = File.ReadAllText(Path.Combine(Repository.Root, "grader", "Labs", "Lab1Sockets", "lab1-sockets.yaml"))
            .Replace(
                "  tcp-client:\n    title: TCP client\n",
                "  tcp-client:\n    title: TCP client\n    accept-other-hosts: true\n",
                StringComparison.Ordinal
            );
        text.Should().Contain("accept-other-hosts: true", "the setting is written into the TCP client's role");
        return AssignmentLoader.Parse(text, "accepting.yaml", LabRegistry.Catalog);
    }
}
