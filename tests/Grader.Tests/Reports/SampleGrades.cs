using Grader.Results;
using Grader.Rubric;

namespace Grader.Tests.Reports;

/// <summary>
/// Hand-built grades for the report snapshots: nothing in them depends on the machine, the clock or a grading run. One
/// submission passes every required check; one fails in most of the ways a report must show (a wrong reply with its
/// transcript and the program's output, a sequential server in the concurrent role, a missing role, a skipped and a
/// hidden check, a robustness miss, another file that could have played a role, an archive unpacked and links left
/// out).
/// </summary>
internal static class SampleGrades
{
    /// <summary>The notice <c>grade</c> prints when it falls back to the direct sandbox.</summary>
    public const string FallbackNotice =
        "namespaces are unavailable (unprivileged user namespaces are disabled): programs run directly on this machine's port 12000, one at a time per transport";

    private const string Assignment = "lab1-sockets";

    private const string MissingUdpServer =
        "no file named like UDPServer.py (or udp_server.py, server_udp.py), and no file that binds a UDP port and answers the datagrams it receives.";

    /// <summary>A submission that passes every required check, and one robustness check of two.</summary>
    public static GradeResult Passing { get; } =
        new(
            "alice",
            Assignment,
            Score: 25,
            MaxScore: 25,
            RobustnessScore: 1,
            RobustnessMaxScore: 2,
            DurationMs: 8421,
            Sandbox: "namespace",
            Roles:
            [
                new RoleResult("tcp-server", true, 6, 6, "TCPServer.py", null)
                {
                    Reason = "`TCPServer.py`: the lab's name for the role",
                },
                new RoleResult("tcp-server-concurrent", true, 6, 6, "TCPServer_thread.py", null)
                {
                    Reason =
                        "`TCPServer_thread.py`: a usual name for the role, a TCP server that starts a thread per connection",
                },
                new RoleResult("udp-server", true, 3, 3, "UDPServer.py", null)
                {
                    Reason = "`UDPServer.py`: the lab's name for the role",
                },
                new RoleResult("tcp-client", true, 7, 7, "TCPClient.py", null)
                {
                    Reason = "`TCPClient.py`: the lab's name for the role",
                },
                new RoleResult("udp-client", true, 3, 3, "UDPClient.py", null)
                {
                    Reason = "`UDPClient.py`: the lab's name for the role",
                },
            ],
            Checks:
            [
                Passed(
                    "tcp-server/uppercase",
                    "Upper-cases ASCII letters, leaves digits and punctuation",
                    2,
                    "replied `HELLO, SOCKETS 123! (OK?)` to `hello, sockets 123! (ok?)`"
                ),
                Passed(
                    "tcp-server/utf8",
                    "Upper-cases multi-byte UTF-8 text (ß may become SS or stay)",
                    1,
                    "replied `GRÜSSE AUS KÖLN, SEÑOR: ¿QUÉ TAL? FINE, 日本語 ✓` to `grüße aus köln, señor: ¿qué tal? ﬁne, 日本語 ✓`"
                ),
                Passed(
                    "tcp-server/stays-up",
                    "Is still serving after all of the above",
                    3,
                    "still serving after 5 earlier clients"
                ),
                Robustness(
                    "tcp-server/reset-connection",
                    "Survives a client that resets its connection mid-request",
                    passed: true,
                    "survived a client that reset its connection mid-request, and served the next one"
                ),
                Passed(
                    "tcp-server-concurrent/uppercase",
                    "Upper-cases ASCII letters, leaves digits and punctuation",
                    1,
                    "replied `HELLO, THREADS 456! (OK?)` to `hello, threads 456! (ok?)`"
                ),
                Passed(
                    "tcp-server-concurrent/idle-clients",
                    "Serves a second client while one is idle, and a tenth while nine are",
                    3,
                    "served a client promptly while 1, then 9, others were idle; then served each idle one"
                ),
                Passed(
                    "tcp-server-concurrent/simultaneous-clients",
                    "Gives each of 20 clients sending at once its own reply",
                    2,
                    "each of 20 clients sending at once got its own reply",
                    Visibility.Hidden
                ),
                Passed(
                    "udp-server/uppercase",
                    "Upper-cases a datagram's text and replies to the sender",
                    3,
                    "replied `HELLO, DATAGRAMS 789! (OK?)` to `hello, datagrams 789! (ok?)`"
                ),
                Passed(
                    "tcp-client/sends-line",
                    "Sends exactly the line typed, UTF-8, without the newline",
                    3,
                    "sent `sockets are fun: grüße ✓`"
                ),
                Passed(
                    "tcp-client/prints-reply",
                    "Prints the server's actual reply",
                    4,
                    "printed the server's reply `SOCKETS ARE FUN: GRÜSSE ✓ #4821`"
                ),
                Robustness(
                    "tcp-client/no-server",
                    "Says clearly within 2 s that no server is running",
                    passed: false,
                    "with no server running, the client exited with code 1: ConnectionRefusedError: [Errno 111] Connection refused; print a message that says no server is running instead of a traceback",
                    [
                        new TranscriptEntry(
                            0.3,
                            "grader",
                            TranscriptEvent.Note,
                            "no server is listening on port 12000"
                        ),
                        new TranscriptEntry(95.6, "grader", TranscriptEvent.Note, "the client exited with code 1"),
                    ],
                    new ProgramOutput(
                        "",
                        "Traceback (most recent call last):\n  File \"TCPClient.py\", line 5, in <module>\n    clientSocket.connect((serverName, serverPort))\nConnectionRefusedError: [Errno 111] Connection refused\n",
                        1,
                        false
                    )
                ),
                Passed(
                    "udp-client/sends-line",
                    "Sends exactly the line typed, UTF-8, without the newline, in one datagram",
                    3,
                    "sent `datagrams are fun: señor ✓`"
                ),
            ]
        );

    /// <summary>A submission that fails, in the ways listed on the class.</summary>
    public static GradeResult Failing { get; } =
        new(
            "bob",
            Assignment,
            Score: 11,
            MaxScore: 25,
            RobustnessScore: 1,
            RobustnessMaxScore: 2,
            DurationMs: 23456,
            Sandbox: "direct",
            Roles:
            [
                new RoleResult("tcp-server", false, 3, 6, "server/TCPServer.py", null)
                {
                    Reason = "`server/TCPServer.py`: the lab's name for the role",
                    AlsoFound =
                        "also found `old/server2.py`; to grade it instead, write a submission.yaml (it then names every role's program):  run: { tcp-server: python3 old/server2.py, tcp-server-concurrent: python3 server/TCPthreads.py, tcp-client: python3 client/TCPClient.py }",
                },
                new RoleResult("tcp-server-concurrent", false, 1, 6, "server/TCPthreads.py", null)
                {
                    Reason = "`server/TCPthreads.py`: a usual name for the role",
                },
                new RoleResult("udp-server", false, 0, 3, null, MissingUdpServer),
                new RoleResult("tcp-client", true, 7, 7, "client/TCPClient.py", null)
                {
                    Reason = "`client/TCPClient.py`: the lab's name for the role",
                },
                new RoleResult("udp-client", false, 0, 3, "client/UDPClient.py", null)
                {
                    Reason = "`client/UDPClient.py`: the lab's name for the role",
                },
            ],
            Checks:
            [
                Failed(
                    "tcp-server/uppercase",
                    "Upper-cases ASCII letters, leaves digits and punctuation",
                    2,
                    "the server never replied within 2 s: it waits for the end of the stream, but the client does not close its side; it replied `HELLO, SOCKETS 123! (OK?)` only after the probe closed its sending side. Read the message with a single recv(1024)",
                    [
                        new TranscriptEntry(9.6, "grader", TranscriptEvent.Note, "started python3 -u TCPServer.py"),
                        new TranscriptEntry(166.8, "grader", TranscriptEvent.Note, "port 12000 is listening"),
                        new TranscriptEntry(177.6, "client", TranscriptEvent.Connected, "127.0.0.1:12000"),
                        new TranscriptEntry(179.0, "client", TranscriptEvent.Sent, "hello, sockets 123! (ok?)", 25),
                        new TranscriptEntry(2182.1, "client", TranscriptEvent.TimedOut, "no reply within 2 s"),
                        new TranscriptEntry(
                            2183.1,
                            "grader",
                            TranscriptEvent.Note,
                            "no reply: closing the probe's sending side to see whether the server waits for the end of the stream"
                        ),
                        new TranscriptEntry(2183.4, "client", TranscriptEvent.Closed, "sending side only (half-close)"),
                        new TranscriptEntry(
                            2183.6,
                            "client",
                            TranscriptEvent.Received,
                            "HELLO, SOCKETS 123! (OK?)",
                            25
                        ),
                        new TranscriptEntry(2183.6, "client", TranscriptEvent.ClosedByProgram),
                        new TranscriptEntry(2183.7, "client", TranscriptEvent.Closed),
                    ],
                    new ProgramOutput("The server is ready to receive\n", "", null, false)
                ),
                Check(
                    "tcp-server/utf8",
                    "Upper-cases multi-byte UTF-8 text (ß may become SS or stay)",
                    Visibility.Visible,
                    CheckStatus.Skipped,
                    0,
                    1,
                    "skipped: it needs tcp-server/uppercase, which did not pass"
                ),
                Passed(
                    "tcp-server/stays-up",
                    "Is still serving after all of the above",
                    3,
                    "still serving after 5 earlier clients"
                ),
                Robustness(
                    "tcp-server/reset-connection",
                    "Survives a client that resets its connection mid-request",
                    passed: false,
                    "the server died when a client reset its connection: it exited with code 1: ConnectionResetError: [Errno 104] Connection reset by peer; catch the error and go on serving",
                    [
                        new TranscriptEntry(12.0, "client", TranscriptEvent.Connected, "127.0.0.1:12000"),
                        new TranscriptEntry(12.4, "client", TranscriptEvent.Sent, "hello, ", 7),
                        new TranscriptEntry(13.1, "client", TranscriptEvent.Reset),
                        new TranscriptEntry(120.5, "next client", TranscriptEvent.Refused, "127.0.0.1:12000"),
                    ],
                    new ProgramOutput(
                        "The server is ready to receive\n",
                        "Traceback (most recent call last):\n  File \"TCPServer.py\", line 9, in <module>\n    sentence = connectionSocket.recv(1024).decode()\nConnectionResetError: [Errno 104] Connection reset by peer\n",
                        1,
                        false
                    )
                ),
                Passed(
                    "tcp-server-concurrent/uppercase",
                    "Upper-cases ASCII letters, leaves digits and punctuation",
                    1,
                    "replied `HELLO, THREADS 456! (OK?)` to `hello, threads 456! (ok?)`"
                ),
                Failed(
                    "tcp-server-concurrent/idle-clients",
                    "Serves a second client while one is idle, and a tenth while nine are",
                    3,
                    "while a first client was connected and idle, the second client got no reply within 1 s: the server serves one client at a time (sequential); serve each connection in a thread of its own",
                    [
                        new TranscriptEntry(8.2, "grader", TranscriptEvent.Note, "started python3 -u TCPthreads.py"),
                        new TranscriptEntry(150.3, "grader", TranscriptEvent.Note, "port 12000 is listening"),
                        new TranscriptEntry(151.0, "idle 1", TranscriptEvent.Connected, "127.0.0.1:12000"),
                        new TranscriptEntry(151.4, "grader", TranscriptEvent.Note, "1 client is connected and idle"),
                        new TranscriptEntry(152.0, "second client", TranscriptEvent.Connected, "127.0.0.1:12000"),
                        new TranscriptEntry(152.3, "second client", TranscriptEvent.Sent, "served beside 1 idle", 20),
                        new TranscriptEntry(1152.9, "second client", TranscriptEvent.TimedOut, "no reply within 1 s"),
                        new TranscriptEntry(1153.2, "second client", TranscriptEvent.Closed),
                        new TranscriptEntry(1153.5, "idle 1", TranscriptEvent.Closed),
                    ],
                    new ProgramOutput("The server is ready to receive\n", "", null, false)
                ),
                Check(
                    "tcp-server-concurrent/simultaneous-clients",
                    "Gives each of 20 clients sending at once its own reply",
                    Visibility.Hidden,
                    CheckStatus.Skipped,
                    0,
                    2,
                    "skipped: it needs tcp-server-concurrent/idle-clients, which did not pass"
                ),
                Check(
                    "udp-server/uppercase",
                    "Upper-cases a datagram's text and replies to the sender",
                    Visibility.Visible,
                    CheckStatus.Skipped,
                    0,
                    3,
                    $"skipped: {MissingUdpServer}"
                ),
                Passed(
                    "tcp-client/sends-line",
                    "Sends exactly the line typed, UTF-8, without the newline",
                    3,
                    "sent `sockets are fun: grüße ✓`"
                ),
                Passed(
                    "tcp-client/prints-reply",
                    "Prints the server's actual reply",
                    4,
                    "printed the server's reply `SOCKETS ARE FUN: GRÜSSE ✓ #4821`"
                ),
                Robustness(
                    "tcp-client/no-server",
                    "Says clearly within 2 s that no server is running",
                    passed: true,
                    "with no server running, the client said so and exited with code 1"
                ),
                Failed(
                    "udp-client/sends-line",
                    "Sends exactly the line typed, UTF-8, without the newline, in one datagram",
                    3,
                    "the client sent `datagrams are fun: señor ✓\\n`: the newline must not be sent, only the line `datagrams are fun: señor ✓`",
                    [
                        new TranscriptEntry(
                            61.7,
                            "client",
                            TranscriptEvent.Received,
                            "datagrams are fun: señor ✓\\n (from 127.0.0.1:45872)",
                            30
                        ),
                        new TranscriptEntry(
                            61.9,
                            "client",
                            TranscriptEvent.Sent,
                            "DATAGRAMS ARE FUN: SEÑOR ✓ #1375",
                            35
                        ),
                    ],
                    new ProgramOutput("Input lowercase sentence:DATAGRAMS ARE FUN: SEÑOR ✓ #1375\n", "", 0, false)
                ),
            ]
        )
        {
            Notes =
            [
                "unpacked `submission.zip`: 4 files",
                "left out `server/loop`: a link to a folder (`..`), not followed",
                "left out `secret`: a link to `/etc/passwd`, outside the submission",
            ],
        };

    /// <summary>
    /// A class of three graded submissions and one that could not be graded: <see cref="Passing"/>, <see
    /// cref="Failing"/>, and <c>carol</c>, whose only fault is the concurrent role's, the same as <see
    /// cref="Failing"/>'s.
    /// </summary>
    public static ClassResult Class { get; } =
        ClassResult.Of(
            [Failing, Passing, SequentialOnly(Failing)],
            [
                new UngradedSubmission(
                    "dave",
                    "dave/submission.yaml:2: unknown key 'runs' (expected one of: build, run)."
                ),
            ]
        );

    private static GradeResult SequentialOnly(GradeResult failing) =>
        failing with
        {
            Submission = "carol",
            Score = 20,
            DurationMs = 17002,
            Sandbox = "namespace",
            Roles =
            [
                .. Passing.Roles.Select(role =>
                    role.Role == "tcp-server-concurrent" ? failing.Roles.Single(r => r.Role == role.Role) : role
                ),
            ],
            Checks =
            [
                .. Passing.Checks.Select(check =>
                    check.Role == "tcp-server-concurrent" ? failing.Checks.Single(c => c.Id == check.Id) : check
                ),
            ],
        };

    private static CheckResult Passed(
        string id,
        string title,
        int points,
        string message,
        Visibility visibility = Visibility.Visible
    ) => Check(id, title, visibility, CheckStatus.Passed, points, points, message);

    private static CheckResult Failed(
        string id,
        string title,
        int points,
        string message,
        IReadOnlyList<TranscriptEntry> transcript,
        ProgramOutput output
    ) =>
        Check(id, title, Visibility.Visible, CheckStatus.Failed, 0, points, message) with
        {
            Transcript = transcript,
            Output = output,
        };

    private static CheckResult Robustness(
        string id,
        string title,
        bool passed,
        string message,
        IReadOnlyList<TranscriptEntry>? transcript = null,
        ProgramOutput? output = null
    ) =>
        new(
            id,
            id.Split('/')[0],
            title,
            Required: false,
            Visibility.Visible,
            passed ? CheckStatus.Passed : CheckStatus.Failed,
            passed,
            passed ? 1 : 0,
            1,
            message,
            transcript ?? [],
            output
        );

    private static CheckResult Check(
        string id,
        string title,
        Visibility visibility,
        CheckStatus status,
        int points,
        int maxPoints,
        string message
    ) =>
        new(
            id,
            id.Split('/')[0],
            title,
            Required: true,
            visibility,
            status,
            status == CheckStatus.Passed,
            points,
            maxPoints,
            message,
            [],
            null
        );
}
