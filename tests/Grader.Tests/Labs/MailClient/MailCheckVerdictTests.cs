using FluentAssertions;
using Grader.Checks;
using Grader.Labs.MailClient;
using Grader.Labs.MailClient.Judges;
using Grader.Labs.MailClient.Probe;
using Grader.Launching;
using Grader.Results;

namespace Grader.Tests.Labs.MailClient;

/// <summary>
/// Which of the mail client lab's checks a client's dialogue fails, over fixed dialogues played line by line against
/// the probe server's side (as its session records them): each fault is charged to the check that asks for what it
/// breaks, and the handout's client passes them all. No socket, no process.
/// </summary>
[Fast]
public sealed class MailCheckVerdictTests
{
    private const string Text = "I love computer networks!";

    // The handout's client, line for line.
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

    /// <summary>Each client: its habit, the lines it sends, and the checks its dialogue fails (the others
    /// pass).</summary>
    public static TheoryData<string, string[], string[]> Clients() =>
        new()
        {
            { "the handout's client", HandoutClient, [] },
            {
                "writes an address without angle brackets",
                Replace(2, "RCPT TO: bob@hamburger.edu\r\n"),
                ["angle-brackets"]
            },
            {
                "ends its lines with \\n",
                [.. HandoutClient.Select(l => l.Replace("\r\n", "\n", StringComparison.Ordinal))],
                ["end-of-data", "crlf"]
            },
            { "ends its message with \\n.\\n", Replace(6, ".\n"), ["end-of-data", "crlf"] },
            { "closes without QUIT", HandoutClient[..^1], ["quits"] },
            { "sends another text", Replace(5, "Hello, Bob\r\n"), ["end-of-data"] },
            {
                "does not stuff a line that starts with a dot",
                Replace(5, ".I love computer networks!\r\n"),
                ["dot-stuffing"]
            },
            { "stuffs a line that starts with a dot", Replace(5, "..I love computer networks!\r\n"), [] },
            { "cuts its last line", [.. HandoutClient[..^1], "QUIT"], ["crlf"] },
            {
                "says HELLO, so the server takes none of its later commands",
                Replace(0, "HELLO Alice\r\n"),
                ["helo", "mail-from", "rcpt-to", "data", "end-of-data"]
            },
            {
                "sends DATA before RCPT, so its message is never taken",
                [.. HandoutClient.Where((_, i) => i != 2)],
                ["rcpt-to", "data", "end-of-data"]
            },
        };

    [Theory]
    [MemberData(nameof(Clients))]
    public void Each_fault_fails_the_check_that_asks_for_what_it_breaks(string habit, string[] lines, string[] failed)
    {
        var run = Play(SmtpVariant.Accepting, lines, "");

        // Every check but `tls`, which only an instructor who requires TLS adds: no client here speaks it.
        var outcomes = MailClientChecks
            .All.Where(c => c.Variant == SmtpVariant.Accepting && c.Kind != "tls")
            .ToDictionary(c => c.Kind, c => c.Judge(run));

        outcomes
            .Where(o => o.Value.Status == CheckStatus.Failed)
            .Select(o => o.Key)
            .Should()
            .BeEquivalentTo(failed, habit);
        outcomes.Values.Should().OnlyContain(o => o.Status != CheckStatus.Skipped);
    }

    [Fact]
    public void The_handouts_client_passes_each_check_saying_what_it_sent_and_was_answered()
    {
        var run = Play(SmtpVariant.Accepting, HandoutClient, "");

        Judge("helo", run).Should().Be(CheckOutcome.Pass("the client sent `HELO Alice`, answered `250 probe.grader`"));
        Judge("quits", run).Message.Should().StartWith("the client sent `QUIT`, answered `221");
        Judge("end-of-data", run).Message.Should().Contain(Text);
    }

    [Fact]
    public void A_client_that_stops_at_a_refused_recipient_and_says_so_passes_the_refusal_check()
    {
        var careful = Play(
            SmtpVariant.RecipientRefused,
            [.. HandoutClient[..3], "QUIT\r\n"],
            "550 reply received: the mail was not sent\n"
        );
        var handout = Play(SmtpVariant.RecipientRefused, HandoutClient, "");

        Judge("refused-recipient", careful).Status.Should().Be(CheckStatus.Passed);
        Judge("refused-recipient", handout).Status.Should().Be(CheckStatus.Failed);
    }

    private static CheckOutcome Judge(string kind, MailRun run) =>
        MailClientChecks.ClientCheck(MailClientRoles.Client, kind)!.Judge(run);

    // The client's lines given to the probe server's side one by one, each recorded with the reply it got, as the
    // session records them when the client waits for each reply; then the client closes.
    private static MailRun Play(SmtpVariant variant, IEnumerable<string> lines, string output)
    {
        var dialogue = new SmtpDialogue(variant, Text);
        var exchanges = new List<SmtpExchange>();
        foreach (var line in lines)
        {
            var inMessage = dialogue.State == SmtpState.ReadingMessage;
            var reply = dialogue.Receive(line);
            exchanges.Add(
                new SmtpExchange(line.TrimEnd('\n').TrimEnd('\r'), reply?.TrimEnd('\r', '\n'), false, inMessage)
            );
        }
        return new MailRun(
            variant,
            exchanges,
            dialogue.Verdict(output),
            FellSilent: false,
            new ProgramExit(0, null, output, "", false, TimeSpan.FromMilliseconds(300)),
            []
        );
    }

    private static string[] Replace(int index, string line) =>
        [.. HandoutClient.Select((l, i) => i == index ? line : l)];
}
