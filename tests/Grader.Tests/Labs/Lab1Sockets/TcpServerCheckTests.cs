using FluentAssertions;
using Grader.Results;
using Grader.Tests.Support;

namespace Grader.Tests.Labs.Lab1Sockets;

/// <summary>Each check of the TCP servers, failed by a server written to fail exactly that check.</summary>
public sealed class TcpServerCheckTests
{
    private const string Server = "TCPServer.py";
    private const string Role = "tcp-server";

    [Fact]
    public async Task Server_that_echoes_fails_only_uppercase_and_the_utf8_check_that_needs_it_is_skipped()
    {
        var result = await OneFault.GradeAsync(
            Server,
            OneFault.Correct(Server, ("sentence.decode().upper()", "sentence.decode()"))
        );

        result.Faults(Role).Should().Equal("tcp-server/uppercase");
        result
            .Message("tcp-server/uppercase")
            .Should()
            .Be(
                "the reply was `hello, sockets 123! (ok?)`, expected `HELLO, SOCKETS 123! (OK?)`: the server sent the message back without upper-casing it"
            );
        result.Check("tcp-server/utf8").Status.Should().Be(CheckStatus.Skipped);
    }

    [Fact]
    public async Task Server_that_upper_cases_the_bytes_passes_the_utf8_check_as_this_lab_means_it()
    {
        var result = await OneFault.GradeAsync(
            Server,
            OneFault.Correct(Server, ("sentence.decode().upper()", "sentence.upper().decode()"))
        );

        result.Faults(Role).Should().BeEmpty();
        result
            .Message("tcp-server/utf8")
            .Should()
            .StartWith("replied `GRüßE AUS KöLN, SEñOR: ¿QUé TAL? ﬁNE, 日本語 ✓`");
    }

    [Fact]
    public async Task Server_that_mis_decodes_multi_byte_text_fails_only_utf8()
    {
        var result = await OneFault.GradeAsync(
            Server,
            OneFault.Correct(
                Server,
                (
                    "capitalizedSentence = sentence.decode().upper()\n        connectionSocket.send(capitalizedSentence.encode())",
                    "capitalizedSentence = sentence.decode('latin-1').upper()\n        connectionSocket.send(capitalizedSentence.encode('latin-1'))"
                )
            )
        );

        result.Faults(Role).Should().Equal("tcp-server/utf8");
        result
            .Message("tcp-server/utf8")
            .Should()
            .Contain("is not valid UTF-8")
            .And.Contain("expected `GRÜßE AUS KÖLN");
    }

    [Theory]
    [InlineData("sentence.decode().upper()[::-1]", "the server reversed the message")]
    [InlineData("str(len(sentence))", "the server sent the message's length, not the message upper-cased")]
    [InlineData(
        "'From Server: ' + sentence.decode().upper()",
        "expected only `HELLO, SOCKETS 123! (OK?)`: the server adds text around the upper-cased message"
    )]
    [InlineData(
        "'OK'",
        "the server replied `OK` to `hello, sockets 123! (ok?)` and the same again to `another message, 2`: it sends a fixed reply"
    )]
    public async Task Server_whose_reply_is_not_the_message_upper_cased_is_told_what_it_did(
        string reply,
        string diagnosis
    )
    {
        var result = await OneFault.GradeAsync(Server, OneFault.Correct(Server, ("sentence.decode().upper()", reply)));

        result.Faults(Role).Should().Equal("tcp-server/uppercase");
        result.Message("tcp-server/uppercase").Should().Contain(diagnosis);
    }

    [Fact]
    public async Task Server_that_reads_512_bytes_fails_only_the_1024_byte_message()
    {
        var result = await OneFault.GradeAsync(Server, OneFault.Correct(Server, ("recv(1024)", "recv(512)")));

        result.Faults(Role).Should().Equal("tcp-server/max-message");
        result
            .Message("tcp-server/max-message")
            .Should()
            .StartWith("the reply to a 1024-byte message had only its first 512 bytes");
    }

    [Fact]
    public async Task Server_that_crashes_on_an_empty_connection_fails_only_empty_connection()
    {
        var result = await OneFault.GradeAsync(
            Server,
            OneFault.Correct(
                Server,
                (
                    "capitalizedSentence = sentence.decode().upper()",
                    "capitalizedSentence = sentence.decode().upper()\n        first = capitalizedSentence[0]"
                )
            )
        );

        result.Faults(Role).Should().Equal("tcp-server/empty-connection");
        result
            .Message("tcp-server/empty-connection")
            .Should()
            .Contain("exited with code 1: IndexError: string index out of range at TCPServer.py line");
        result
            .Check("tcp-server/stays-up")
            .Status.Should()
            .Be(CheckStatus.Skipped, "the crash is reported by empty-connection, once");
    }

    [Fact]
    public async Task Lecture_server_that_does_not_catch_a_reset_misses_only_the_reset_connection_robustness_point()
    {
        var result = await OneFault.GradeAsync(
            Server,
            File.ReadAllText(Path.Combine(Repository.Submission("lecture-as-printed"), Server))
        );

        result.Faults(Role).Should().BeEmpty("the lecture's server defines a correct one");
        result.Misses(Role).Should().Contain("tcp-server/reset-connection");
        result
            .Message("tcp-server/reset-connection")
            .Should()
            .Contain("ConnectionResetError")
            .And.EndWith("Catch ConnectionError around each client's exchange");
        result
            .Check("tcp-server/stays-up")
            .Status.Should()
            .Be(CheckStatus.Passed, "the reset runs on a server of its own, after the required checks");
    }

    [Fact]
    public async Task Server_that_quits_after_six_clients_fails_only_stays_up()
    {
        var result = await OneFault.GradeAsync(
            Server,
            OneFault.Correct(Server, ("while True:", "for served in range(6):"))
        );

        result.Faults(Role).Should().Equal("tcp-server/stays-up");
        result
            .Message("tcp-server/stays-up")
            .Should()
            .StartWith("the server exited with code 0, after serving 6 clients");
    }

    [Fact]
    public async Task Server_that_reads_one_burst_fails_only_the_split_message_robustness_check()
    {
        var result = await OneFault.GradeAsync(Server, ReadingUntilQuiet(quietSeconds: 0.05, most: 65536));

        result.Faults(Role).Should().BeEmpty();
        result.Misses(Role).Should().Equal("tcp-server/split-message");
        result
            .Message("tcp-server/split-message")
            .Should()
            .Contain("the server answered the first part only (`ONE MESSAGE`)");
    }

    [Fact]
    public async Task Server_that_keeps_only_1024_bytes_fails_only_the_large_message_robustness_check()
    {
        var result = await OneFault.GradeAsync(Server, ReadingUntilQuiet(quietSeconds: 1.0, most: 1024));

        result.Faults(Role).Should().BeEmpty();
        result.Misses(Role).Should().Equal("tcp-server/large-message");
    }

    [Fact]
    public async Task Robust_server_passes_every_check_required_or_not()
    {
        // Quiet for a whole second: the split-message check sends its second part 200 ms after the server has read the
        // first, and a loaded machine must not stretch that past the server's patience.
        var result = await OneFault.GradeAsync(Server, ReadingUntilQuiet(quietSeconds: 1.0, most: 65536));

        result.Checks.Where(c => c.Role == Role).Should().OnlyContain(c => c.Passed);
    }

    // A sequential server that reads until the client has been quiet a moment (or `most` bytes came), so a message in
    // two parts is answered whole.
    private static string ReadingUntilQuiet(double quietSeconds, int most) =>
        $$"""
            from socket import *
            s = socket(AF_INET, SOCK_STREAM)
            s.bind(("", 12000))
            s.listen(5)
            while True:
                c, a = s.accept()
                try:
                    data = c.recv(65536)
                    c.settimeout({{quietSeconds}})
                    while data and len(data) < {{most}}:
                        try:
                            more = c.recv(65536)
                        except timeout:
                            break
                        if not more:
                            break
                        data += more
                    c.sendall(data[:{{most}}].decode("utf-8", "replace").upper().encode())
                except (ConnectionError, timeout):
                    pass
                c.close()
            """;
}
