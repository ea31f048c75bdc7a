using System.Net;
using System.Text;
using FluentAssertions;
using Grader.Checks.Clients;
using Grader.Launching;
using Grader.Rubric;

namespace Grader.Tests.Labs.Lab1Sockets;

/// <summary>
/// Why a client's run says nothing about its protocol, which fails its first check and skips the others: the reason
/// and the few words the skipped checks give, over recorded runs (what the probes saw, what the client printed and how
/// it ended), no process and no socket. Where its datagrams and connections went instead is <c>WentElsewhereTests</c>'s.
/// </summary>
[Fast]
public sealed class ClientFatalProblemTests
{
    private const string Line = "hello from the client";
    private const string LocalhostOnly = "the lab's client connects to localhost";
    private const string SentenceOnly = "the lab's client hard-codes localhost and reads only the sentence";

    // The lecture's TCP client, which reached the probe server and sent its line.
    private static readonly ClientRun Lecture = new(
        new ClientScenario(ProbeBehaviour.Normal, TimeSpan.Zero, TimeSpan.FromSeconds(5)),
        Transport.Tcp,
        Line,
        "ZEBRA-7431",
        Contacted: true,
        Encoding.UTF8.GetBytes(Line),
        Requests: 1,
        ClosedConnection: true,
        Exit(0, "From Server: ZEBRA-7431\n"),
        []
    )
    {
        Port = 12000,
        Destination = new IPEndPoint(IPAddress.Loopback, 12000),
    };

    // A client that reached nothing and ended by itself, where the sandbox cannot tell where else it went.
    private static readonly ClientRun Unreached = Lecture with
    {
        Contacted = false,
        Request = null,
        Requests = 0,
        Destination = null,
        Exit = Exit(0, ""),
    };

    /// <summary>Every recorded run the table judges, by what the client did.</summary>
    private static readonly Dictionary<string, ClientRun> Runs = new()
    {
        ["the lecture's client"] = Lecture,
        ["sent a datagram to the tcp port"] = Unreached with { UsedOtherTransport = true },
        ["connected to a LAN address"] = Lecture with { Destination = LanAddress },
        ["sent its datagram to a LAN address"] = Lecture with { Transport = Transport.Udp, Destination = LanAddress },
        ["connected and sent nothing, reading sys.argv"] = Lecture with
        {
            Request = null,
            Requests = 0,
            Exit = Crash("sentence = sys.argv[1]", "IndexError: list index out of range"),
        },
        ["connected and sent nothing"] = Lecture with { Request = null, Requests = 0 },
        ["was still connecting to another host"] = Unreached with
        {
            ConnectingTo = new IPEndPoint(IPAddress.Parse("203.0.113.9"), 12000),
        },
        ["asked for a host name first"] = Unreached with
        {
            Exit = Crash("sentence = input('Input lowercase sentence: ')", "EOFError: EOF when reading a line") with
            {
                StandardOutput = "Enter the server's host name: ",
            },
        },
        ["asked for a port first"] = Unreached with
        {
            Exit = Crash(
                "port = int(input('Port: '))",
                $"ValueError: invalid literal for int() with base 10: '{Line}'"
            ) with
            {
                StandardOutput = "Port: ",
            },
        },
        ["looked up another host's name"] = Unreached with { NamesLookedUp = ["localhost", "mail.example.org"] },
        ["read two lines before sending"] = Unreached with
        {
            Exit = Crash("second = input()", "EOFError: EOF when reading a line"),
        },
        ["could not reach another network"] = Unreached with
        {
            Exit = Crash(
                "clientSocket.connect((serverName, serverPort))",
                "OSError: [Errno 101] Network is unreachable"
            ),
        },
        ["could not look up its server"] = Unreached with
        {
            Exit = Crash(
                "clientSocket.connect((serverName, serverPort))",
                "socket.gaierror: [Errno -2] Name or service not known"
            ),
        },
    };

    private static IPEndPoint LanAddress => new(IPAddress.Parse("192.168.1.20"), 12000);

    /// <summary>The run, why it says nothing about the protocol, and the few words the skipped checks give.</summary>
    public static TheoryData<string, string, string> FatalProblems() =>
        new()
        {
            {
                "sent a datagram to the tcp port",
                "the TCP client sent a UDP datagram (a SOCK_DGRAM socket) to port 12000, not a TCP connection: the lab's TCP client connects with a SOCK_STREAM socket",
                "the client did not use TCP"
            },
            {
                "connected to a LAN address",
                $"the client connected to 192.168.1.20:12000, not to localhost: {LocalhostOnly}",
                "the client reached the server at another host than localhost"
            },
            {
                "sent its datagram to a LAN address",
                $"the client sent its datagram to 192.168.1.20:12000, not to localhost: {LocalhostOnly}",
                "the client reached the server at another host than localhost"
            },
            {
                "connected and sent nothing, reading sys.argv",
                "the client connected to the server but sent nothing: it reads its sentence from the command line (sys.argv), but the lab's client reads it from standard input",
                "the client sent no request"
            },
            {
                "connected and sent nothing",
                "the client connected to the server but sent nothing; it exited with code 0",
                "the client sent no request"
            },
            {
                "was still connecting to another host",
                $"the client was connecting to 203.0.113.9:12000, not to localhost (the grader stopped it, since no server answers there): {LocalhostOnly}",
                "the client never reached the server"
            },
            {
                "asked for a host name first",
                $"the client asked for a server address before the sentence (it printed `Enter the server's host name:`): it took the typed line `{Line}` for the server's host name, then found the end of its input (EOFError) when it asked for the sentence; {SentenceOnly}",
                "the client never reached the server"
            },
            {
                "asked for a port first",
                $"the client asked for a server port before the sentence (it printed `Port:`): it took the typed line `{Line}` for the server's port; {SentenceOnly}",
                "the client never reached the server"
            },
            {
                "looked up another host's name",
                $"the client looked up the name `mail.example.org`, which is not localhost: {LocalhostOnly}",
                "the client never reached the server"
            },
            {
                "read two lines before sending",
                $"the client asked for more than one line before sending and found the end of its input (EOFError): {SentenceOnly}",
                "the client never reached the server"
            },
            {
                "could not reach another network",
                $"the client tried to reach a host outside this machine (OSError: [Errno 101] Network is unreachable at TCPClient.py line 9): {LocalhostOnly}",
                "the client never reached the server"
            },
            {
                "could not look up its server",
                $"the client could not look up the name of its server (socket.gaierror: [Errno -2] Name or service not known): {LocalhostOnly}",
                "the client never reached the server"
            },
        };

    [Theory]
    [MemberData(nameof(FatalProblems))]
    public void A_run_that_never_reached_the_server_as_the_labs_client_does_says_why_once(
        string run,
        string problem,
        string summary
    )
    {
        Runs[run].FatalProblem.Should().Be(problem);
        Runs[run].FatalSummary.Should().Be(summary);
    }

    [Fact]
    public void The_lectures_client_has_no_fatal_problem() =>
        new[] { Runs["the lecture's client"].FatalProblem, Runs["the lecture's client"].FatalSummary }
            .Should()
            .AllBe(null);

    [Fact]
    public void Another_host_is_no_problem_where_the_assignment_accepts_other_hosts() =>
        (Runs["connected to a LAN address"] with { Scenario = Lecture.Scenario with { AcceptsOtherHosts = true } })
            .FatalProblem.Should()
            .BeNull();

    [Fact]
    public void A_client_run_with_no_server_on_purpose_is_judged_by_its_check_not_failed_for_reaching_none()
    {
        var noServer = Unreached with
        {
            Scenario = new ClientScenario(ProbeBehaviour.Absent, TimeSpan.Zero, TimeSpan.FromSeconds(5)),
        };

        noServer.FatalProblem.Should().BeNull();
        ClientFaults.Fatal(noServer).Should().StartWith("the client never connected to the server on port 12000");
    }

    [Fact]
    public void Every_recorded_run_but_the_lectures_is_in_the_table() =>
        FatalProblems().Select(row => row.Data.Item1).Append("the lecture's client").Should().BeEquivalentTo(Runs.Keys);

    private static ProgramExit Exit(int code, string output, string error = "") =>
        new(code, null, output, error, false, TimeSpan.FromMilliseconds(200));

    // A Python client that died on line 9 of TCPClient.py, at the statement shown, of the error shown.
    private static ProgramExit Crash(string statement, string error) =>
        Exit(
            1,
            "",
            $"Traceback (most recent call last):\n  File \"/s/TCPClient.py\", line 9, in <module>\n    {statement}\n{error}\n"
        );
}
