using FluentAssertions;
using Grader.Checks;
using Grader.Labs.MailClient.Judges;

namespace Grader.Tests.Labs.MailClient;

/// <summary>The probe server's side of a mail client's SMTP dialogue, line by line: what it answers and what it
/// finds. No sockets.</summary>
[Fast]
public sealed class SmtpDialogueTests
{
    private const string Text = "I love computer networks!";

    // The handout's client, line for line: its message is "\r\n I love computer networks!" and then "\r\n.\r\n".
    private static readonly string[] HandoutClient =
    [
        "HELO Alice\r\n",
        "MAIL FROM:<alice@crepes.fr>\r\n",
        "RCPT TO:<bob@hamburger.edu>\r\n",
        "DATA\r\n",
        "\r\n",
        " I love computer networks!\r\n",
        ".\r\n",
        "QUIT\r\n",
    ];

    private static (List<string?> Replies, SmtpDialogue Dialogue) Talk(
        IEnumerable<string> lines,
        SmtpVariant variant = SmtpVariant.Accepting,
        string? expectedText = Text
    )
    {
        var dialogue = new SmtpDialogue(variant, expectedText);
        return (lines.Select(line => dialogue.Receive(line)).ToList(), dialogue);
    }

    private static SmtpVerdict Verdict(IEnumerable<string> lines, string? expectedText = Text) =>
        Talk(lines, SmtpVariant.Accepting, expectedText).Dialogue.Verdict();

    private static string[] Replace(int index, string line) =>
        [.. HandoutClient.Select((l, i) => i == index ? line : l)];

    [Fact]
    public void The_handouts_client_is_answered_as_a_mail_server_answers_and_has_no_fault()
    {
        var (replies, dialogue) = Talk(HandoutClient);

        replies
            .Should()
            .Equal(
                "250 probe.grader\r\n",
                "250 OK\r\n",
                "250 OK\r\n",
                "354 End data with <CR><LF>.<CR><LF>\r\n",
                null,
                null,
                "250 OK: message accepted\r\n",
                "221 Bye\r\n"
            );
        var verdict = dialogue.Verdict();
        verdict.Findings.Should().BeEmpty();
        verdict.Message.Should().Be("\r\n I love computer networks!");
        verdict.QuitSent.Should().BeTrue();
        dialogue.State.Should().Be(SmtpState.Closed);
    }

    [Fact]
    public void Commands_are_read_in_any_case_and_ehlo_is_helo() =>
        Verdict([
            "ehlo alice.example\r\n",
            "mail from:<alice@crepes.fr>\r\n",
            "rcpt to:<bob@hamburger.edu>\r\n",
            "data\r\n",
            Text + "\r\n",
            ".\r\n",
            "quit\r\n",
        ])
            .Findings.Should()
            .BeEmpty();

    /// <summary>Each faulty client: the lines it sends instead of the handout's, the fault, and what the student
    /// reads.</summary>
    public static TheoryData<string, string[], SmtpFault, string> FaultyClients() =>
        new()
        {
            {
                "skips HELO",
                [.. HandoutClient.Skip(1)],
                SmtpFault.WrongOrder,
                "the client sent `MAIL FROM:<alice@crepes.fr>` where `HELO <your name>` was expected, after the greeting `220 probe.grader SMTP ready` (3 commands out of order in all)"
            },
            {
                "sends DATA before RCPT",
                [.. HandoutClient.Where((_, i) => i != 2)],
                SmtpFault.WrongOrder,
                "the client sent `DATA` where `RCPT TO:<recipient>` was expected, after `250 OK` to `MAIL FROM:<alice@crepes.fr>`"
            },
            {
                "says HELLO",
                Replace(0, "HELLO Alice\r\n"),
                SmtpFault.UnknownCommand,
                "the client sent the line `HELLO Alice`, which is not an SMTP command: expected `HELO <your name>`"
            },
            {
                "says HELO with no name",
                Replace(0, "HELO\r\n"),
                SmtpFault.MalformedCommand,
                "the client sent `HELO`, with no name after it: expected `HELO <your name>`, such as `HELO Alice`"
            },
            {
                "forgets the colon",
                Replace(1, "MAIL FROM <alice@crepes.fr>\r\n"),
                SmtpFault.MalformedCommand,
                "the client sent `MAIL FROM <alice@crepes.fr>`, not of the form `MAIL FROM:<address>`: expected `MAIL FROM:<alice@example.com>`"
            },
            {
                "forgets the angle brackets",
                Replace(2, "RCPT TO: bob@hamburger.edu\r\n"),
                SmtpFault.AddressWithoutBrackets,
                "the client sent `RCPT TO: bob@hamburger.edu` with the address not in angle brackets: write `RCPT TO:<bob@hamburger.edu>`"
            },
            {
                "ends lines with \\n",
                [.. HandoutClient.Select(l => l.Replace("\r\n", "\n", StringComparison.Ordinal))],
                SmtpFault.BareLf,
                "the client ended the line `HELO Alice` with a bare `\\n`: SMTP ends every line with `\\r\\n` (8 lines in all)"
            },
            {
                "ends the message with \\n.\\n",
                Replace(6, ".\n"),
                SmtpFault.EndOfDataBareLf,
                "the client ended its message with `\\r\\n.\\n`, not `\\r\\n.\\r\\n`"
            },
            {
                "never ends the message",
                [.. HandoutClient.Where((_, i) => i != 6)],
                SmtpFault.MessageNotEnded,
                "the client never ended its message with a line holding only `.` (`\\r\\n.\\r\\n`), so its `QUIT` became a line of the message"
            },
            {
                "closes without QUIT",
                HandoutClient[..^1],
                SmtpFault.NoQuit,
                "the client closed the connection after `250 OK: message accepted` to the end of the message (`.`) without sending `QUIT`"
            },
            {
                "never sends the message",
                [.. HandoutClient[..3], "QUIT\r\n"],
                SmtpFault.NoMessage,
                "the client never sent its message: after `250 OK` to `RCPT TO:<bob@hamburger.edu>` it sent `QUIT`"
            },
            {
                "sends another text",
                Replace(5, "Hello, Bob\r\n"),
                SmtpFault.MessageDiffers,
                "the message delivered, `\\r\\nHello, Bob`, does not hold the text `I love computer networks!`"
            },
            {
                "cuts its last line",
                [.. HandoutClient[..^1], "QUIT"],
                SmtpFault.UnendedLine,
                "the client closed the connection after `QUIT` with no line ending: end every line with `\\r\\n`"
            },
        };

    [Theory]
    [MemberData(nameof(FaultyClients))]
    public void A_faulty_client_is_named_by_the_line_received_and_the_one_expected(
        string habit,
        string[] lines,
        SmtpFault fault,
        string message
    ) => Verdict(lines).MessageFor(fault).Should().Be(message, habit);

    [Fact]
    public void A_client_that_says_nothing_is_told_what_to_say() =>
        Verdict([])
            .Findings.Should()
            .Equal(
                new Finding<SmtpFault>(
                    SmtpFault.NoCommand,
                    "the client sent nothing after the server's greeting `220 probe.grader SMTP ready`: send `HELO <your name>`"
                )
            );

    [Fact]
    public void A_client_that_speaks_before_the_greeting_is_told_to_read_it()
    {
        var dialogue = new SmtpDialogue(SmtpVariant.Accepting);

        dialogue.Receive("HELO Alice\r\n", beforeReply: true);

        dialogue
            .Verdict()
            .MessageFor(SmtpFault.SpokeBeforeGreeting)
            .Should()
            .Be(
                "the client sent `HELO Alice` before the server's greeting `220 probe.grader SMTP ready`: read the greeting before sending `HELO`"
            );
    }

    [Fact]
    public void A_client_that_sends_its_message_before_the_354_is_told_to_read_each_reply()
    {
        var dialogue = new SmtpDialogue(SmtpVariant.Accepting, Text);

        for (var i = 0; i < HandoutClient.Length; i++)
            dialogue.Receive(HandoutClient[i], beforeReply: i == 4);

        dialogue
            .Verdict()
            .Findings.Should()
            .Equal(
                new Finding<SmtpFault>(
                    SmtpFault.SpokeBeforeReply,
                    "the client sent an empty line before the server's reply to `DATA`: read each reply before sending the next command"
                )
            );
    }

    [Fact]
    public void A_line_starting_with_a_dot_must_be_sent_with_the_dot_doubled()
    {
        const string text = "Hello\r\n.hidden line\r\nBye";
        string[] lines(string middle) => [.. HandoutClient[..4], "Hello\r\n", middle, "Bye\r\n", ".\r\n", "QUIT\r\n"];

        var stuffed = Verdict(lines("..hidden line\r\n"), text);
        var unstuffed = Verdict(lines(".hidden line\r\n"), text);

        stuffed.Findings.Should().BeEmpty();
        stuffed.Message.Should().Be(text);
        unstuffed
            .Findings.Should()
            .Equal(
                new Finding<SmtpFault>(
                    SmtpFault.DotStuffingMissing,
                    "the message line `.hidden line` starts with a dot and was sent as it is, so the server drops the dot: send it as `..hidden line` (dot-stuffing)"
                )
            );
    }

    [Fact]
    public void A_lone_dot_sent_as_it_is_ends_the_message_early_and_what_follows_is_not_blamed_again()
    {
        var (replies, dialogue) = Talk(
            [.. HandoutClient[..4], "Hello\r\n", ".\r\n", "Bye\r\n", ".\r\n", "QUIT\r\n"],
            expectedText: "Hello\r\n.\r\nBye"
        );

        replies[^3..].Should().Equal("500 Command not recognized\r\n", "500 Command not recognized\r\n", "221 Bye\r\n");
        dialogue
            .Verdict()
            .Findings.Should()
            .Equal(
                new Finding<SmtpFault>(
                    SmtpFault.DotStuffingMissing,
                    "the message line `.` was sent as it is, which ends the message early: send it as `..` (dot-stuffing)"
                )
            );
    }

    [Fact]
    public void The_handouts_client_facing_a_refused_recipient_sends_its_message_anyway()
    {
        var (replies, dialogue) = Talk(HandoutClient, SmtpVariant.RecipientRefused);

        replies
            .Should()
            .Equal(
                "250 probe.grader\r\n",
                "250 OK\r\n",
                "550 No such user here\r\n",
                "554 No valid recipients\r\n",
                "500 Command not recognized\r\n",
                "500 Command not recognized\r\n",
                "500 Command not recognized\r\n",
                "221 Bye\r\n"
            );
        var verdict = dialogue.Verdict("250 reply not received from server.");
        verdict
            .Findings.Should()
            .Equal(
                new Finding<SmtpFault>(
                    SmtpFault.DataAfterRefusal,
                    "the client sent `DATA` after the server refused `RCPT TO:<bob@hamburger.edu>` with `550 No such user here`: with no recipient accepted, send `QUIT` instead"
                ),
                new Finding<SmtpFault>(
                    SmtpFault.MessageAfterRefusal,
                    "the client sent its message (an empty line) after the server refused `RCPT TO:<bob@hamburger.edu>` with `550 No such user here`: send `QUIT` instead"
                )
            );
        verdict.Where(MailClientHandout.Requires).Should().BeEmpty();
    }

    [Theory]
    [InlineData("The server refused the recipient: 550 No such user here", false)]
    [InlineData("Mail could not be sent", true)]
    public void A_refused_client_quits_and_should_say_so(string output, bool notReported)
    {
        var (_, dialogue) = Talk([.. HandoutClient[..3], "QUIT\r\n"], SmtpVariant.RecipientRefused);

        var verdict = dialogue.Verdict(output);

        verdict.Findings.Select(f => f.Fault).Should().Equal(notReported ? [SmtpFault.RefusalNotReported] : []);
        if (notReported)
            verdict
                .MessageFor(SmtpFault.RefusalNotReported)
                .Should()
                .Be(
                    "the client's output does not say that the server refused `RCPT TO:<bob@hamburger.edu>` with `550 No such user here`: tell the user the mail was not sent"
                );
    }

    [Fact]
    public void A_refused_client_that_closes_without_quit_is_told_to_quit() =>
        Talk(HandoutClient[..3], SmtpVariant.RecipientRefused)
            .Dialogue.Verdict()
            .Findings.Should()
            .Equal(
                new Finding<SmtpFault>(
                    SmtpFault.NoQuitAfterRefusal,
                    "the client closed the connection after the server refused `RCPT TO:<bob@hamburger.edu>` with `550 No such user here`, without sending `QUIT`"
                )
            );

    [Fact]
    public void Nothing_is_answered_after_quit() => Talk([.. HandoutClient, "NOOP\r\n"]).Replies[^1].Should().BeNull();

    [Fact]
    public void Without_an_expected_text_any_message_is_delivered() =>
        Verdict(Replace(5, "Anything at all\r\n"), expectedText: null).Findings.Should().BeEmpty();

    [Fact]
    public void A_client_that_falls_silent_is_said_to_have_stopped_sending_not_to_have_closed()
    {
        var inMessage = Talk(HandoutClient[..6]).Dialogue;
        inMessage.ClientFellSilent(TimeSpan.FromSeconds(2));
        var afterMessage = Talk(HandoutClient[..7]).Dialogue;
        afterMessage.ClientFellSilent(TimeSpan.FromSeconds(2.5));

        inMessage
            .Verdict()
            .MessageFor(SmtpFault.MessageNotEnded)
            .Should()
            .Be(
                "the client sent nothing more for 2 s without ending its message with a line holding only `.` (`\\r\\n.\\r\\n`)"
            );
        afterMessage
            .Verdict()
            .MessageFor(SmtpFault.NoQuit)
            .Should()
            .Be(
                "the client sent nothing more for 2.5 s after `250 OK: message accepted` to the end of the message (`.`) without sending `QUIT`"
            );
    }

    [Fact]
    public void A_command_left_unended_by_a_silent_client_is_said_to_lack_its_line_ending()
    {
        var (_, dialogue) = Talk(HandoutClient[..7]);
        dialogue.ClientFellSilent(TimeSpan.FromSeconds(2));
        dialogue.Receive("QUIT");

        dialogue
            .Verdict()
            .MessageFor(SmtpFault.UnendedLine)
            .Should()
            .Be("the client sent nothing more for 2 s after `QUIT` with no line ending: end every line with `\\r\\n`");
    }

    // A client written for a provider (Python's smtplib with starttls() and login(), on port 587): EHLO, STARTTLS, EHLO
    // again over TLS, AUTH LOGIN with its user name and password in base64, then the handout's mail.
    private const string UserName = "YWxpY2U="; // "alice"
    private const string Password = "aHVudGVyMg=="; // "hunter2"

    private static (List<string?> Replies, SmtpDialogue Dialogue) TalkOverStartTls(
        IEnumerable<string> beforeTls,
        IEnumerable<string> overTls
    )
    {
        var dialogue = new SmtpDialogue(SmtpVariant.Accepting, Text, offersStartTls: true);
        var replies = beforeTls.Select(line => dialogue.Receive(line)).ToList();
        if (dialogue.TakeStartTls())
            dialogue.TlsStarted();
        replies.AddRange(overTls.Select(line => dialogue.Receive(line)));
        return (replies, dialogue);
    }

    private static readonly string[] Mail =
    [
        "MAIL FROM:<alice@crepes.fr>\r\n",
        "RCPT TO:<bob@hamburger.edu>\r\n",
        "DATA\r\n",
        Text + "\r\n",
        ".\r\n",
        "QUIT\r\n",
    ];

    [Fact]
    public void A_provider_client_is_offered_starttls_then_logs_in_over_tls_and_delivers_over_tls_with_no_fault()
    {
        var (replies, dialogue) = TalkOverStartTls(
            ["EHLO alice\r\n", "STARTTLS\r\n"],
            ["EHLO alice\r\n", "AUTH LOGIN\r\n", UserName + "\r\n", Password + "\r\n", .. Mail]
        );

        replies[0].Should().Contain("250-STARTTLS").And.EndWith("250 AUTH LOGIN PLAIN\r\n");
        replies[1].Should().Be("220 2.0.0 Ready to start TLS\r\n");
        replies[2].Should().NotContain("STARTTLS", "TLS already runs");
        replies[3..6]
            .Should()
            .Equal("334 VXNlcm5hbWU6\r\n", "334 UGFzc3dvcmQ6\r\n", "235 2.7.0 Authentication successful\r\n");
        var verdict = dialogue.Verdict();
        verdict.Findings.Should().BeEmpty();
        verdict.LoggedIn.Should().BeTrue();
        verdict.MessageOverTls.Should().BeTrue();
        verdict.TlsFailure.Should().BeNull();
    }

    [Fact]
    public void Starttls_is_answered_once_a_handshake_is_due_only_once_and_not_again_over_tls()
    {
        var dialogue = new SmtpDialogue(SmtpVariant.Accepting, Text, offersStartTls: true);
        dialogue.Receive("EHLO alice\r\n");
        dialogue.Receive("STARTTLS\r\n");

        dialogue.TakeStartTls().Should().BeTrue();
        dialogue.TakeStartTls().Should().BeFalse("the handshake is taken once");
        dialogue.TlsStarted();
        dialogue.Secure.Should().BeTrue();
        dialogue.State.Should().Be(SmtpState.ExpectHelo, "after STARTTLS the client greets again");
        dialogue.Receive("EHLO alice\r\n");
        dialogue.Receive("STARTTLS\r\n").Should().Be("503 5.5.1 TLS already active\r\n");
        dialogue.TakeStartTls().Should().BeFalse();
    }

    [Fact]
    public void Credentials_sent_before_starttls_are_a_fault_named_with_the_mechanism_and_never_shown()
    {
        var (_, dialogue) = TalkOverStartTls(
            ["EHLO alice\r\n", "AUTH LOGIN\r\n", UserName + "\r\n", Password + "\r\n", "STARTTLS\r\n"],
            ["EHLO alice\r\n", .. Mail]
        );

        var verdict = dialogue.Verdict();
        verdict.Findings.Select(f => f.Fault).Should().Equal(SmtpFault.CredentialsInClear);
        verdict
            .MessageFor(SmtpFault.CredentialsInClear)
            .Should()
            .Be(
                "the client sent its credentials in clear before `STARTTLS` (`AUTH LOGIN`, whose base64 anyone on the way decodes): send `STARTTLS` after `EHLO`, then `EHLO` again, and `AUTH` only over TLS"
            );
        verdict.LoggedIn.Should().BeTrue();
        verdict.MessageOverTls.Should().BeTrue();
        verdict.Lines.Should().NotContain([UserName, Password]).And.Contain(SmtpSecrets.Mark);
    }

    [Fact]
    public void Auth_plain_with_its_initial_response_logs_in_at_once_and_shows_the_response_hidden()
    {
        var dialogue = new SmtpDialogue(SmtpVariant.Accepting, Text);
        dialogue.TlsStarted(); // port 465: TLS from the start
        dialogue.Receive("EHLO alice\r\n");
        var plain = "AGFsaWNlAGh1bnRlcjI="; // "\0alice\0hunter2"

        dialogue.Show($"AUTH PLAIN {plain}", out var credential).Should().Be($"AUTH PLAIN {SmtpSecrets.Mark}");
        credential.Should().Be(plain);
        dialogue.Receive($"AUTH PLAIN {plain}\r\n").Should().Be("235 2.7.0 Authentication successful\r\n");
        foreach (var line in Mail)
            dialogue.Receive(line);

        var verdict = dialogue.Verdict();
        verdict.LoggedIn.Should().BeTrue();
        verdict.Findings.Should().BeEmpty();
        verdict.Lines.Take(2).Should().Equal("EHLO alice", $"AUTH PLAIN {SmtpSecrets.Mark}");
        verdict.Lines.Should().NotContain(line => line.Contains(plain, StringComparison.Ordinal));
    }

    [Fact]
    public void A_cancelled_login_or_an_unknown_mechanism_logs_nobody_in()
    {
        var dialogue = new SmtpDialogue(SmtpVariant.Accepting, Text);
        dialogue.TlsStarted();
        dialogue.Receive("EHLO alice\r\n");

        dialogue.Receive("AUTH LOGIN\r\n").Should().Be("334 VXNlcm5hbWU6\r\n");
        dialogue.AwaitsUserName.Should().BeTrue();
        dialogue.Receive("*\r\n").Should().Be("501 5.7.0 Authentication cancelled\r\n");
        dialogue.AwaitsCredentials.Should().BeFalse();
        dialogue.Receive("AUTH CRAM-MD5\r\n").Should().Be("504 5.5.4 Unrecognized authentication type\r\n");

        dialogue.Verdict().LoggedIn.Should().BeFalse();
    }

    [Fact]
    public void Starttls_where_the_server_offers_none_is_an_unknown_command_and_the_mail_goes_in_clear()
    {
        var (replies, dialogue) = Talk(["EHLO alice\r\n", "STARTTLS\r\n", .. Mail]);

        replies[0].Should().NotContain("STARTTLS");
        replies[1].Should().Be("500 Command not recognized\r\n");
        dialogue.TakeStartTls().Should().BeFalse();
        var verdict = dialogue.Verdict();
        verdict.Findings.Select(f => f.Fault).Should().Equal(SmtpFault.UnknownCommand);
        verdict.MessageOverTls.Should().BeFalse();
    }

    [Fact]
    public void A_handshake_that_fails_after_starttls_says_where_the_client_ended()
    {
        var dialogue = new SmtpDialogue(SmtpVariant.Accepting, Text, offersStartTls: true);
        dialogue.Receive("EHLO alice\r\n");
        dialogue.Receive("STARTTLS\r\n");
        dialogue.TakeStartTls().Should().BeTrue();

        dialogue.TlsFailed("the client refused the certificate");

        var verdict = dialogue.Verdict();
        verdict.TlsFailure.Should().Be("the client refused the certificate");
        verdict
            .MessageFor(SmtpFault.NoMessage)
            .Should()
            .Contain("ended in the TLS handshake after `STARTTLS` (the client refused the certificate)");
    }
}
