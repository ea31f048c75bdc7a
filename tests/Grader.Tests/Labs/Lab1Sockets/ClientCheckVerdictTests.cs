using System.Text;
using FluentAssertions;
using Grader.Checks;
using Grader.Checks.Clients;
using Grader.Labs.Lab1Sockets;
using Grader.Labs.Lab1Sockets.Checks;
using Grader.Launching;
using Grader.Results;
using Grader.Rubric;

namespace Grader.Tests.Labs.Lab1Sockets;

/// <summary>
/// What each of lab 1's client checks concludes from a recorded run against the probe server (what the client sent,
/// printed and how it ended) and tells the student: the checks of the catalogue judged over fixed runs, no process and
/// no socket.
/// </summary>
[Fast]
public sealed class ClientCheckVerdictTests
{
    private const string Line = "hello from the client";
    private const string Token = "ZEBRA-7431";

    private static readonly ClientScenario Normal = new(ProbeBehaviour.Normal, TimeSpan.Zero, TimeSpan.FromSeconds(5));

    // The lecture's TCP client: it sent the line in one write, printed the server's reply, closed and exited with 0.
    private static readonly ClientRun Lecture = new(
        Normal,
        Transport.Tcp,
        Line,
        Token,
        Contacted: true,
        Encoding.UTF8.GetBytes(Line),
        Requests: 1,
        ClosedConnection: true,
        Exit(0, $"From Server: {Token}\n"),
        []
    )
    {
        Port = 12000,
    };

    // The lecture's UDP client, run against a probe server that answers as it should.
    private static readonly ClientRun LectureUdp = Lecture with { Transport = Transport.Udp, ClosedConnection = false };

    /// <summary>Every recorded run the table judges, by what the client did.</summary>
    private static readonly Dictionary<string, ClientRun> Runs = new()
    {
        ["the lecture's tcp client"] = Lecture,
        ["the lecture's udp client"] = LectureUdp,
        ["sent the line with its newline"] = Lecture with { Request = Encoding.UTF8.GetBytes(Line + "\n") },
        ["sent the line with \\r\\n"] = Lecture with { Request = Encoding.UTF8.GetBytes(Line + "\r\n") },
        ["sent half the line in its first write"] = Lecture with { Request = Encoding.UTF8.GetBytes("hello from") },
        ["sent the line upper-cased"] = Lecture with { Request = Encoding.UTF8.GetBytes(Line.ToUpperInvariant()) },
        ["sent the line in three datagrams"] = LectureUdp with { Requests = 3 },
        ["connected, sent nothing and crashed"] = Lecture with
        {
            Request = null,
            Requests = 0,
            Exit = Crash("TCPClient.py", "NameError: name 'sentence' is not defined"),
        },
        ["upper-cased the line itself"] = Lecture with { Exit = Exit(0, $"From Server: {Line.ToUpperInvariant()}\n") },
        ["printed nothing"] = Lecture with { Exit = Exit(0, "") },
        ["printed something else"] = Lecture with { Exit = Exit(0, "done\n") },
        ["looped for another line"] = Lecture with
        {
            Exit = Crash("TCPClient.py", "EOFError: EOF when reading a line") with
            {
                StandardOutput = $"From Server: {Token}\nInput lowercase sentence: ",
            },
        },
        ["exited with 3"] = Lecture with { Exit = Exit(3, $"From Server: {Token}\n") },
        ["exited without closing"] = Lecture with { ClosedConnection = false },
        ["waited for the slow reply"] = Lecture with { Scenario = Slow },
        ["timed out before the slow reply"] = Lecture with
        {
            Scenario = Slow,
            Exit = Crash("TCPClient.py", "TimeoutError: timed out"),
        },
        ["was stopped waiting for the slow reply"] = Lecture with { Scenario = Slow, Exit = Stopped("") },
        ["sent again after the lost reply"] = LectureUdp with { Scenario = Lost, Requests = 2 },
        ["waits forever for the lost reply, as the kernel shows"] = LectureUdp with
        {
            Scenario = Lost,
            Exit = Stopped(""),
            Hang = "waits in `recvfrom` on a socket with no timeout",
        },
        ["was stopped waiting for the lost reply"] = LectureUdp with { Scenario = Lost, Exit = Stopped("") },
        ["crashed on the lost reply"] = LectureUdp with
        {
            Scenario = Lost,
            Exit = Crash("UDPClient.py", "TimeoutError: timed out"),
        },
        ["said the reply was lost"] = LectureUdp with { Scenario = Lost, Exit = Exit(0, "Request timed out\n") },
        ["exited silently on the lost reply"] = LectureUdp with { Scenario = Lost, Exit = Exit(0, "") },
        ["said no server answered, under a heading"] = NoServer with
        {
            Exit = Exit(1, "Could not reach the server:\nno server answers on port 12000\n"),
        },
        ["crashed with no server"] = NoServer with
        {
            Exit = Crash("UDPClient.py", "ConnectionRefusedError: [Errno 111] Connection refused"),
        },
        ["waits forever with no server, as the kernel shows"] = NoServer with
        {
            Exit = Stopped(""),
            Hang = "waits in `recvfrom` on a socket with no timeout",
        },
        ["was stopped with no server"] = NoServer with { Exit = Stopped("") },
        ["exited silently with no server"] = NoServer with { Exit = Exit(0, "") },
    };

    private static ClientScenario Slow =>
        new(ProbeBehaviour.SlowReply, TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(8));

    private static ClientScenario Lost => new(ProbeBehaviour.LoseFirstReply, TimeSpan.Zero, TimeSpan.FromSeconds(5));

    private static ClientRun NoServer =>
        LectureUdp with
        {
            Scenario = new ClientScenario(ProbeBehaviour.Absent, TimeSpan.Zero, TimeSpan.FromSeconds(5)),
            Contacted = false,
            Request = null,
            Requests = 0,
        };

    /// <summary>The check, the run, and what the check says of it.</summary>
    public static TheoryData<string, string, CheckStatus, string> Verdicts() =>
        new()
        {
            { "sends-line", "the lecture's tcp client", CheckStatus.Passed, $"sent `{Line}`" },
            { "sends-line", "the lecture's udp client", CheckStatus.Passed, $"sent `{Line}`" },
            {
                "sends-line",
                "sent the line with its newline",
                CheckStatus.Failed,
                $"the client sent `{Line}\\n`: the newline must not be sent, only the line `{Line}`"
            },
            {
                "sends-line",
                "sent the line with \\r\\n",
                CheckStatus.Failed,
                $"the client sent `{Line}\\r\\n`: the newline must not be sent, only the line `{Line}`"
            },
            {
                "sends-line",
                "sent half the line in its first write",
                CheckStatus.Failed,
                $"the client sent only `hello from` in its first write, not the whole line `{Line}`: send it in one call"
            },
            {
                "sends-line",
                "sent the line upper-cased",
                CheckStatus.Failed,
                $"the client sent `HELLO FROM THE CLIENT`, expected the line it read, `{Line}`"
            },
            {
                "sends-line",
                "sent the line in three datagrams",
                CheckStatus.Failed,
                $"the client sent `{Line}` in 3 datagrams; it must send one"
            },
            {
                "sends-line",
                "connected, sent nothing and crashed",
                CheckStatus.Failed,
                "the client sent nothing; it exited with code 1: NameError: name 'sentence' is not defined at TCPClient.py line 9"
            },
            { "prints-reply", "the lecture's tcp client", CheckStatus.Passed, $"printed the server's reply `{Token}`" },
            {
                "prints-reply",
                "upper-cased the line itself",
                CheckStatus.Failed,
                $"your client printed `HELLO FROM THE CLIENT` but the server replied `{Token}`: it must print the server's reply, not upper-case the line itself"
            },
            {
                "prints-reply",
                "printed nothing",
                CheckStatus.Failed,
                $"the server replied `{Token}` but the client printed nothing; it exited with code 0"
            },
            {
                "prints-reply",
                "printed something else",
                CheckStatus.Failed,
                $"the server replied `{Token}` but the client printed `done`; it exited with code 0"
            },
            {
                "prints-reply",
                "connected, sent nothing and crashed",
                CheckStatus.Failed,
                "the client sent no request, so there was no reply to print"
            },
            {
                "exits-cleanly",
                "the lecture's tcp client",
                CheckStatus.Passed,
                "closed the connection and exited with code 0"
            },
            { "exits-cleanly", "the lecture's udp client", CheckStatus.Passed, "exited with code 0" },
            {
                "exits-cleanly",
                "looped for another line",
                CheckStatus.Failed,
                "after printing the reply, the client asked for another line and crashed at the end of its input (EOFError): the lab's client sends one sentence and exits"
            },
            {
                "exits-cleanly",
                "exited with 3",
                CheckStatus.Failed,
                "the client exited with code 3; it must exit with code 0 after printing the reply"
            },
            {
                "exits-cleanly",
                "exited without closing",
                CheckStatus.Failed,
                "the client exited with code 0 but never closed its connection"
            },
            {
                "slow-server",
                "waited for the slow reply",
                CheckStatus.Passed,
                "waited for a reply that came after 3 s and printed it"
            },
            {
                "slow-server",
                "timed out before the slow reply",
                CheckStatus.Failed,
                "the server replied after 3 s, but the client exited with code 1: TimeoutError: timed out at TCPClient.py line 9 without printing the reply: a timeout shorter than a slow server's answer?"
            },
            {
                "slow-server",
                "was stopped waiting for the slow reply",
                CheckStatus.Failed,
                "the server replied after 3 s, but the client never printed the reply and was stopped (its time limit)"
            },
            {
                "lost-reply",
                "sent again after the lost reply",
                CheckStatus.Passed,
                "sent again after the lost reply (2 datagrams) and printed the answer"
            },
            {
                "lost-reply",
                "waits forever for the lost reply, as the kernel shows",
                CheckStatus.Failed,
                "the first reply was lost and the client waits in `recvfrom` on a socket with no timeout (the kernel shows it), so it would wait forever: UDP may lose datagrams; set a timeout (settimeout) and retry or report the loss"
            },
            {
                "lost-reply",
                "was stopped waiting for the lost reply",
                CheckStatus.Failed,
                "the first reply was lost and the client waited for it until it was stopped after 5 s: UDP may lose datagrams; set a timeout (settimeout) and retry or report the loss"
            },
            {
                "lost-reply",
                "crashed on the lost reply",
                CheckStatus.Failed,
                "the first reply was lost and the client crashed: exited with code 1: TimeoutError: timed out at UDPClient.py line 9; catch the timeout and print a clear message"
            },
            {
                "lost-reply",
                "said the reply was lost",
                CheckStatus.Passed,
                "gave up on the lost reply with a message: `Request timed out`"
            },
            {
                "lost-reply",
                "exited silently on the lost reply",
                CheckStatus.Failed,
                "the first reply was lost and the client exited without saying anything: print what went wrong"
            },
            {
                "no-server",
                "said no server answered, under a heading",
                CheckStatus.Passed,
                "with no server running, it said `no server answers on port 12000`"
            },
            {
                "no-server",
                "crashed with no server",
                CheckStatus.Failed,
                "with no server running, the client crashed: exited with code 1: ConnectionRefusedError: [Errno 111] Connection refused at UDPClient.py line 9; catch the error and print a clear message"
            },
            {
                "no-server",
                "waits forever with no server, as the kernel shows",
                CheckStatus.Failed,
                "with no server running, the client waits in `recvfrom` on a socket with no timeout (the kernel shows it), so it would wait forever: give up after a timeout and say that no server answered"
            },
            {
                "no-server",
                "was stopped with no server",
                CheckStatus.Failed,
                "with no server running, the client waited until it was stopped after 5 s: give up after a timeout and say that no server answered"
            },
            {
                "no-server",
                "exited silently with no server",
                CheckStatus.Failed,
                "with no server running, the client exited without saying anything: print what went wrong"
            },
        };

    [Theory]
    [MemberData(nameof(Verdicts))]
    public void Each_client_check_judges_a_recorded_run_and_says_why(
        string kind,
        string run,
        CheckStatus status,
        string message
    ) => Judge(kind, Runs[run]).Should().Be(new CheckOutcome(status, message));

    [Fact]
    public void Every_client_check_of_the_catalogue_and_every_recorded_run_is_in_the_table()
    {
        var rows = Verdicts().Select(row => row.Data).ToList();

        rows.Select(row => row.Item1).Distinct().Should().BeEquivalentTo(AllKinds);
        rows.Select(row => row.Item2).Distinct().Should().BeEquivalentTo(Runs.Keys);
    }

    [Theory]
    [InlineData("tcp-client", new[] { "sends-line", "prints-reply", "exits-cleanly", "slow-server", "no-server" })]
    [InlineData(
        "udp-client",
        new[] { "sends-line", "prints-reply", "exits-cleanly", "slow-server", "lost-reply", "no-server" }
    )]
    public void Lost_replies_are_judged_for_the_udp_client_only(string role, string[] kinds) =>
        KindsOf(SocketRoles.Named(role)).Should().BeEquivalentTo(kinds);

    [Theory]
    [InlineData("sends-line", ProbeBehaviour.Normal)]
    [InlineData("prints-reply", ProbeBehaviour.Normal)]
    [InlineData("exits-cleanly", ProbeBehaviour.Normal)]
    [InlineData("slow-server", ProbeBehaviour.SlowReply)]
    [InlineData("lost-reply", ProbeBehaviour.LoseFirstReply)]
    [InlineData("no-server", ProbeBehaviour.Absent)]
    public void Each_check_judges_the_run_against_the_probe_server_behaving_as_it_needs(
        string kind,
        ProbeBehaviour behaviour
    ) => SocketChecks.ClientCheck(SocketRoles.UdpClient, kind)!.Behaviour.Should().Be(behaviour);

    // The kind of every client check the grader has, found as the catalogue's own test would find a new one.
    private static IEnumerable<string> AllKinds =>
        typeof(ISocketClientCheck)
            .Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(ISocketClientCheck).IsAssignableFrom(t))
            .Select(t => ((ISocketClientCheck)Activator.CreateInstance(t)!).Kind);

    private static IEnumerable<string> KindsOf(Role role) =>
        AllKinds.Where(kind => SocketChecks.ClientCheck(role, kind) is not null);

    private static CheckOutcome Judge(string kind, ClientRun run)
    {
        var role = run.Transport == Transport.Tcp ? SocketRoles.TcpClient : SocketRoles.UdpClient;
        var check = SocketChecks.ClientCheck(role, kind) ?? throw new ArgumentException($"no client check {kind}");
        return check.Judge(new CheckSpec(role, kind, kind, kind, 1, Required: true, Visibility.Visible), run);
    }

    private static ProgramExit Exit(int code, string output, string error = "") =>
        new(code, null, output, error, false, TimeSpan.FromMilliseconds(200));

    // A Python client that died of an uncaught error on line 9 of its file.
    private static ProgramExit Crash(string file, string error) =>
        Exit(1, "", $"Traceback (most recent call last):\n  File \"/s/{file}\", line 9, in <module>\n{error}\n");

    private static ProgramExit Stopped(string output) =>
        new(null, "its time limit", output, "", false, TimeSpan.FromSeconds(5));
}
