using System.Globalization;
using System.Text;
using FluentAssertions;
using Reference.Tests.Support;
using Xunit;

namespace Reference.Tests;

/// <summary>
/// The reference <c>mail-client</c> against an SMTP server played by the test, which sees every byte: the commands
/// in order, each after its reply, the message with CRLF line ends and dot-stuffing, and QUIT instead of the message
/// after a refusal.
/// </summary>
public sealed class MailClientTests
{
    private const string From = "alice@example.org";
    private const string To = "bob@example.net";

    private static readonly string[] Dialogue =
    [
        "HELO [127.0.0.1]\r\n",
        $"MAIL FROM:<{From}>\r\n",
        $"RCPT TO:<{To}>\r\n",
        "DATA\r\n",
        "QUIT\r\n",
    ];

    [Fact]
    public async Task Sends_HELO_MAIL_FROM_RCPT_TO_DATA_and_QUIT_in_order_with_CRLF()
    {
        await using var server = new FakeSmtpServer();

        await using var client = await StartClientAsync(server, "Hello Bob.\n");

        (await client.WaitForExitAsync()).Should().Be(0, client.StandardError);
        await server.Session;
        server.Lines.Should().Equal(Dialogue);
        client.StandardError.Should().BeEmpty();
    }

    [Fact]
    public async Task Waits_for_the_greeting_and_for_354_before_it_talks()
    {
        await using var server = new FakeSmtpServer(watched: new HashSet<string> { "greeting", "DATA" });

        await using var client = await StartClientAsync(server, "Hello Bob.\n");

        (await client.WaitForExitAsync()).Should().Be(0, client.StandardError);
        await server.Session;
        server.Early.Should().BeEmpty("the client sends HELO only after 220 and the message only after 354");
        server.Lines.Should().Equal(Dialogue);
    }

    [Fact]
    public async Task Sends_the_message_with_its_headers_CRLF_line_ends_and_dot_stuffing()
    {
        await using var server = new FakeSmtpServer();
        const string Body = "first line\n.starts with a dot\n..two dots\n.\nno dot. here\nlast line without newline";

        await using var client = await StartClientAsync(server, Body, "--subject", "Lab 3");

        (await client.WaitForExitAsync()).Should().Be(0, client.StandardError);
        await server.Session;
        var data = Encoding.UTF8.GetString(server.Data!);
        var blank = data.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var headers = data[..blank].Split("\r\n");
        headers.Should().Contain([$"From: {From}", $"To: {To}", "Subject: Lab 3", "MIME-Version: 1.0"]);
        headers.Should().Contain("Content-Type: text/plain; charset=utf-8");
        headers.Should().ContainMatch("Date: *");
        data[(blank + 4)..]
            .Should()
            .Be(
                "first line\r\n..starts with a dot\r\n...two dots\r\n..\r\nno dot. here\r\n"
                    + "last line without newline\r\n.\r\n"
            );
    }

    [Theory]
    [InlineData("one\r\ntwo\r\n", "one\r\ntwo\r\n.\r\n")]
    [InlineData("one\rtwo", "one\r\ntwo\r\n.\r\n")]
    [InlineData("", ".\r\n")]
    [InlineData("\n\n", "\r\n\r\n.\r\n")]
    [InlineData("..\n", "...\r\n.\r\n")]
    public async Task Ends_every_line_in_CRLF_once_and_the_data_in_a_dot_line(string body, string sent)
    {
        await using var server = new FakeSmtpServer();

        await using var client = await StartClientAsync(server, body);

        (await client.WaitForExitAsync()).Should().Be(0, client.StandardError);
        await server.Session;
        var data = Encoding.UTF8.GetString(server.Data!);
        data[(data.IndexOf("\r\n\r\n", StringComparison.Ordinal) + 4)..].Should().Be(sent);
    }

    [Fact]
    public async Task Encodes_a_subject_that_is_not_ascii_and_sends_the_body_as_utf8()
    {
        await using var server = new FakeSmtpServer();

        await using var client = await StartClientAsync(server, "Grüße aus Köln\n", "--subject", "Grüße");

        (await client.WaitForExitAsync()).Should().Be(0, client.StandardError);
        await server.Session;
        var data = Encoding.UTF8.GetString(server.Data!);
        data.Should().Contain("\r\nSubject: =?utf-8?B?R3LDvMOfZQ==?=\r\n");
        data.Should().Contain("\r\nContent-Transfer-Encoding: 8bit\r\n");
        data.Should().EndWith("\r\n\r\nGrüße aus Köln\r\n.\r\n");
    }

    [Fact]
    public async Task Sends_QUIT_instead_of_DATA_when_the_recipient_is_refused_and_exits_with_code_1()
    {
        await using var server = new FakeSmtpServer(
            new Dictionary<string, string> { ["RCPT"] = "550 5.1.1 <bob@example.net>: Recipient address rejected" }
        );

        await using var client = await StartClientAsync(server, "Hello Bob.\n");

        (await client.WaitForExitAsync()).Should().Be(1);
        await server.Session;
        server.Lines.Should().Equal(Dialogue[0], Dialogue[1], Dialogue[2], "QUIT\r\n");
        server.Data.Should().BeNull();
        client
            .StandardError.Should()
            .Be(
                $"reference: The mail server at 127.0.0.1:{server.Port} answered RCPT TO with "
                    + "'550 5.1.1 <bob@example.net>: Recipient address rejected' (expected 250 or 251); "
                    + "the message was not accepted.\n"
            );
    }

    [Theory]
    [InlineData("greeting", "554 no service here", 0)]
    [InlineData("HELO", "501 bad name", 1)]
    [InlineData("MAIL", "553 sender refused", 2)]
    [InlineData("DATA", "503 bad sequence", 4)]
    public async Task Sends_QUIT_after_any_unexpected_reply_and_exits_with_code_1(string step, string reply, int sent)
    {
        await using var server = new FakeSmtpServer(new Dictionary<string, string> { [step] = reply });

        await using var client = await StartClientAsync(server, "Hello Bob.\n");

        (await client.WaitForExitAsync()).Should().Be(1);
        await server.Session;
        server.Lines.Should().Equal([.. Dialogue[..sent], "QUIT\r\n"]);
        server.Data.Should().BeNull();
        client.StandardError.Should().Contain($"with '{reply}'").And.EndWith("the message was not accepted.\n");
        client.StandardError.Split('\n').Should().HaveCount(2, "one line");
    }

    [Fact]
    public async Task Reports_a_message_refused_after_its_data_and_still_says_QUIT()
    {
        await using var server = new FakeSmtpServer(new Dictionary<string, string> { ["message"] = "554 5.7.1 spam" });

        await using var client = await StartClientAsync(server, "Buy now!\n");

        (await client.WaitForExitAsync()).Should().Be(1);
        await server.Session;
        server.Lines.Should().Equal(Dialogue);
        server.Data.Should().NotBeNull();
        client
            .StandardError.Should()
            .Be(
                $"reference: The mail server at 127.0.0.1:{server.Port} answered the end of the message with "
                    + "'554 5.7.1 spam' (expected 250); the message was not accepted.\n"
            );
    }

    [Fact]
    public async Task Reads_multi_line_replies_to_their_last_line()
    {
        await using var server = new FakeSmtpServer(
            new Dictionary<string, string>
            {
                ["greeting"] = "220-test.example first line\r\n220-second line\r\n220 ready",
                ["HELO"] = "250-test.example\r\n250 hello",
            },
            watched: new HashSet<string> { "MAIL" }
        );

        await using var client = await StartClientAsync(server, "Hello Bob.\n");

        (await client.WaitForExitAsync()).Should().Be(0, client.StandardError);
        await server.Session;
        server.Lines.Should().Equal(Dialogue);
        server.Early.Should().BeEmpty();
    }

    [Fact]
    public async Task Reports_a_server_that_closes_the_connection_in_the_middle_in_one_line()
    {
        await using var server = new FakeSmtpServer(new Dictionary<string, string> { ["MAIL"] = FakeSmtpServer.Hang });

        await using var client = await StartClientAsync(server, "Hello Bob.\n");

        (await client.WaitForExitAsync()).Should().Be(1);
        client
            .StandardError.Should()
            .Be(
                $"reference: The mail server at 127.0.0.1:{server.Port} closed the connection instead of answering "
                    + "MAIL FROM.\n"
            );
    }

    [Fact]
    public async Task Reports_a_reply_that_is_not_smtp_and_sends_QUIT()
    {
        await using var server = new FakeSmtpServer(
            new Dictionary<string, string> { ["HELO"] = "HTTP/1.1 400 Bad Request" }
        );

        await using var client = await StartClientAsync(server, "Hello Bob.\n");

        (await client.WaitForExitAsync()).Should().Be(1);
        await server.Session;
        server.Lines.Should().Equal(Dialogue[0], "QUIT\r\n");
        client
            .StandardError.Should()
            .Be(
                $"reference: The mail server at 127.0.0.1:{server.Port} answered HELO with 'HTTP/1.1 400 Bad Request', "
                    + "which is not an SMTP reply.\n"
            );
    }

    [Fact]
    public async Task Reports_a_server_that_is_not_running_in_one_line()
    {
        var port = FreePort.Next();

        await using var client = await RunningProgram.StartAsync(Client(port), "Hello\n");

        (await client.WaitForExitAsync()).Should().Be(1);
        client
            .StandardError.Should()
            .Be($"reference: Cannot connect to 127.0.0.1:{port}: connection refused (is the mail server running?).\n");
    }

    [Fact]
    public async Task Mails_the_sender_itself_without_to()
    {
        await using var server = new FakeSmtpServer();

        await using var client = await RunningProgram.StartAsync(
            Programs.Reference(
                "mail-client",
                "--host",
                "127.0.0.1",
                "--port",
                server.Port.ToString(CultureInfo.InvariantCulture),
                "--from",
                From
            ),
            "note to self\n"
        );

        (await client.WaitForExitAsync()).Should().Be(0, client.StandardError);
        await server.Session;
        server.Lines.Should().Contain($"RCPT TO:<{From}>\r\n");
    }

    [Fact]
    public async Task Shows_the_dialogue_on_standard_output()
    {
        await using var server = new FakeSmtpServer();

        await using var client = await StartClientAsync(server, "one\ntwo\n");

        (await client.WaitForExitAsync()).Should().Be(0, client.StandardError);
        client
            .StandardOutput.Split('\n')
            .Should()
            .StartWith([
                "S: 220 test.example ESMTP ready",
                "C: HELO [127.0.0.1]",
                "S: 250 Ok",
                $"C: MAIL FROM:<{From}>",
                "S: 250 Ok",
                $"C: RCPT TO:<{To}>",
                "S: 250 Ok",
                "C: DATA",
                "S: 354 End data with <CR><LF>.<CR><LF>",
            ])
            .And.ContainMatch("C: (the message: * bytes, 2 lines of body, then .)")
            .And.Contain("C: QUIT", "S: 221 2.0.0 Bye");
    }

    private static Task<RunningProgram> StartClientAsync(FakeSmtpServer server, string body, params string[] options) =>
        RunningProgram.StartAsync(Client(server.Port, options), body);

    private static Launch Client(int port, params string[] options) =>
        Programs.Reference(
            "mail-client",
            [
                "--host",
                "127.0.0.1",
                "--port",
                port.ToString(CultureInfo.InvariantCulture),
                "--from",
                From,
                "--to",
                To,
                .. options,
            ]
        );
}
