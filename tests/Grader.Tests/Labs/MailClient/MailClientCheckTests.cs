using System.Text.Json;
using FluentAssertions;
using Grader.Labs.MailClient.Judges;
using Grader.Results;
using Grader.Tests.Support;

namespace Grader.Tests.Labs.MailClient;

/// <summary>
/// Each check of the mail client lab that no example fails alone fails for a client written to break exactly it: the
/// correct example's client with one edit, graded through the whole grader in the namespace sandbox.
/// </summary>
public sealed class MailClientCheckTests
{
    private const string Helo = "heloCommand = 'HELO Alice\\r\\n'\n";
    private const string MailFrom = "mailFromCommand = 'MAIL FROM: <alice@example.com>\\r\\n'\n";
    private const string RcptTo = "rcptToCommand = 'RCPT TO: <bob@example.com>\\r\\n'\n";

    // A line sent and its reply read and printed, before the line the edit precedes.
    private static string Before(string anchor, string line) =>
        $"clientSocket.send('{line}\\r\\n'.encode())\nprint(clientSocket.recv(1024).decode())\n{anchor}";

    private static async Task<GradeResult> GradeAsync(params (string Old, string New)[] edits)
    {
        using var submission = MailClientPrograms.CorrectWith(edits);
        return await MailClientPrograms.GradeAsync(submission.Folder);
    }

    [Fact]
    public async Task A_helo_without_a_name_fails_helo_alone_even_when_a_right_one_follows()
    {
        var result = await GradeAsync((Helo, Before(Helo, "HELO")));

        result.Failed(required: true).Should().Equal("mail-client/helo");
        result.Failed(required: false).Should().BeEmpty();
        result
            .Check("mail-client/helo")
            .Message.Should()
            .Be(
                "the client sent `HELO`, answered `501 Syntax error in parameters`, where `HELO <your name>` answered `250` was due: the client sent `HELO`, with no name after it: expected `HELO <your name>`, such as `HELO Alice`"
            );
    }

    [Fact]
    public async Task A_mail_from_without_its_colon_and_address_fails_mail_from_alone()
    {
        var result = await GradeAsync((MailFrom, Before(MailFrom, "MAIL FROM")));

        result.Failed(required: true).Should().Equal("mail-client/mail-from");
        result.Failed(required: false).Should().BeEmpty();
        result.Check("mail-client/mail-from").Message.Should().Contain("answered `501 Syntax error in parameters`");
    }

    [Fact]
    public async Task A_rcpt_to_without_its_colon_and_address_fails_rcpt_to_alone()
    {
        var result = await GradeAsync((RcptTo, Before(RcptTo, "RCPT TO")));

        result.Failed(required: true).Should().Equal("mail-client/rcpt-to");
        result.Failed(required: false).Should().BeEmpty();
    }

    [Fact]
    public async Task Data_sent_before_the_recipient_fails_data_alone_and_says_it_was_out_of_order()
    {
        var result = await GradeAsync((RcptTo, Before(RcptTo, "DATA")));

        result.Failed(required: true).Should().Equal("mail-client/data");
        result.Failed(required: false).Should().BeEmpty();
        result
            .Check("mail-client/data")
            .Message.Should()
            .StartWith("the client sent `DATA`, answered `503 Bad sequence of commands`")
            .And.Contain("where `RCPT TO:<recipient>` was expected");
    }

    [Fact]
    public async Task A_helo_sent_before_the_greeting_fails_command_order()
    {
        var result = await GradeAsync(
            (
                "recv = clientSocket.recv(1024).decode()\nprint(recv)\nif recv[:3] != '220':\n    print('220 reply not received from server.')\n",
                ""
            )
        );

        result.Failed(required: true).Should().Equal("mail-client/command-order");
        result
            .Check("mail-client/command-order")
            .Message.Should()
            .Be(
                "the client sent `HELO Alice` before the server's greeting `220 probe.grader SMTP ready`: read the greeting before sending `HELO`"
            );
    }

    [Fact]
    public async Task A_quit_left_without_its_line_ending_fails_crlf_and_quits()
    {
        var result = await GradeAsync(("quitCommand = 'QUIT\\r\\n'", "quitCommand = 'QUIT'"));

        result.Failed(required: true).Should().BeEquivalentTo(["mail-client/crlf", "mail-client/quits"]);
        result
            .Check("mail-client/crlf")
            .Message.Should()
            .Be(
                "the client sent nothing more (it waits in `recvfrom` on a socket with no timeout, as the kernel shows) after `QUIT` with no line ending: end every line with `\\r\\n`"
            );
        result
            .Check("mail-client/quits")
            .Message.Should()
            .StartWith("the client sent `QUIT` with no line ending, then nothing more");
    }

    [Fact]
    public async Task An_address_without_angle_brackets_misses_angle_brackets_alone()
    {
        var result = await GradeAsync(
            ("'MAIL FROM: <alice@example.com>\\r\\n'", "'MAIL FROM: alice@example.com\\r\\n'")
        );

        result.Failed(required: true).Should().BeEmpty();
        result.Failed(required: false).Should().Equal("mail-client/angle-brackets");
        result
            .Check("mail-client/angle-brackets")
            .Message.Should()
            .Be(
                "the client sent `MAIL FROM: alice@example.com` with the address not in angle brackets: write `MAIL FROM:<alice@example.com>`"
            );
    }

    [Fact]
    public async Task A_message_line_starting_with_a_dot_sent_as_it_is_misses_dot_stuffing_alone()
    {
        var result = await GradeAsync(
            (
                "msg = \"\\r\\n I love computer networks!\"",
                "msg = \"\\r\\n I love computer networks!\\r\\n.sig: Alice\""
            )
        );

        result.Failed(required: true).Should().BeEmpty();
        result.Failed(required: false).Should().Equal("mail-client/dot-stuffing");
        result
            .Check("mail-client/dot-stuffing")
            .Message.Should()
            .Contain("`.sig: Alice`")
            .And.Contain("`..sig: Alice`");
    }

    [Fact]
    public async Task A_message_line_starting_with_a_dot_sent_with_two_passes_dot_stuffing()
    {
        var result = await GradeAsync(
            (
                "msg = \"\\r\\n I love computer networks!\"",
                "msg = \"\\r\\n I love computer networks!\\r\\n..sig: Alice\""
            )
        );

        result.Checks.Where(c => !c.Passed).Should().BeEmpty();
        result
            .Check("mail-client/dot-stuffing")
            .Message.Should()
            .Be("the client dot-stuffed its message: it sent the line `..sig: Alice`");
    }

    [Fact]
    public async Task A_client_that_never_connects_fails_the_first_check_told_where_it_went_and_skips_the_rest()
    {
        var result = await GradeAsync(("(\"localhost\", 25)", "(\"localhost\", 2626)"));

        result.Checks[0].Status.Should().Be(CheckStatus.Failed);
        result
            .Checks[0]
            .Message.Should()
            .Be(
                "the client connected to 127.0.0.1:2626, not to port 25, where the server listens (1 connection refused)"
            );
        result.Checks.Skip(1).Should().OnlyContain(c => c.Status == CheckStatus.Skipped);
    }

    // The textbook's optional exercise logs in to a mail server: the probe accepts any credentials, and what the client
    // sent for them never reaches a report, in any check's message, transcript or output (the user name decoded is the
    // sender's address, shown anyway; the password is hidden wherever it appears).
    [Fact]
    public async Task The_credentials_a_client_sends_after_auth_never_reach_the_report()
    {
        const string user = "YWxpY2VAZXhhbXBsZS5jb20=";
        const string password = "czNjcjN0LXBhc3N3b3Jk";
        var result = await GradeAsync(
            (
                MailFrom,
                $"clientSocket.send('AUTH LOGIN\\r\\n'.encode())\nprint(clientSocket.recv(1024).decode())\n"
                    + $"clientSocket.send('{user}\\r\\n'.encode())\nprint(clientSocket.recv(1024).decode())\n"
                    + $"clientSocket.send('{password}\\r\\n'.encode())\nprint(clientSocket.recv(1024).decode())\n"
                    + "print('logged in as alice@example.com with s3cr3t-password')\n"
                    + MailFrom
            )
        );

        var json = JsonSerializer.Serialize(result, ResultJson.Options);
        json.Should().Contain("AUTH LOGIN").And.Contain(SmtpSecrets.Mark);
        json.Should().NotContain(password).And.NotContain(user).And.NotContain("s3cr3t-password");
    }
}
