using System.Text;
using FluentAssertions;
using Grader.Checks;
using Grader.Labs.Lab1Sockets.Judges;
using Grader.Results;

namespace Grader.Tests.Labs.Lab1Sockets;

/// <summary>How one request and its reply are judged, over fixed bytes: no processes, no sockets.</summary>
[Fast]
public sealed class ExchangeTests
{
    private const string Problem = "the server never replied within 2 s";

    /// <summary>Each accepted way of upper-casing: why it is correct, the message, the reply.</summary>
    public static TheoryData<string, string, string> AcceptedReplies() =>
        new()
        {
            { "ASCII letters upper-cased", "hello, sockets 123! (ok?)", "HELLO, SOCKETS 123! (OK?)" },
            { "nothing to upper-case", "123 + 456 = 579?", "123 + 456 = 579?" },
            { "simple mapping (.NET, Java): ß stays", "grüße, señor", "GRÜßE, SEÑOR" },
            { "full mapping (Python's str.upper): ß becomes SS", "grüße, señor", "GRÜSSE, SEÑOR" },
            { "full mapping: the ligature ﬁ becomes FI", "ﬁne", "FINE" },
            {
                "bytes upper-cased one by one (bytes.upper, toupper): only ASCII letters",
                "grüße, señor",
                "GRüßE, SEñOR"
            },
            { "a newline the message had is kept", "hello\n", "HELLO\n" },
        };

    /// <summary>Each wrong reply the judge names: the message, the reply, what the student reads.</summary>
    public static TheoryData<string, string, string> WrongReplies() =>
        new()
        {
            { "hello", "", "the reply was empty, expected `HELLO`" },
            { "hello", "HELLO\n", "the reply `HELLO\\n` ends with a newline that the message `hello` did not have" },
            {
                "hello",
                "HELLO\r\n",
                "the reply `HELLO\\r\\n` ends with a newline that the message `hello` did not have"
            },
            {
                "Hello",
                "Hello",
                "the reply was `Hello`, expected `HELLO`: the server sent the message back without upper-casing it"
            },
            {
                "hello",
                "hello\n",
                "the reply was `hello\\n`, expected `HELLO`: the server sent the message back without upper-casing it"
            },
            {
                "Hello",
                "hello",
                "the reply was `hello`, expected `HELLO`: the server lower-cased the message instead of upper-casing it"
            },
            {
                "Hello",
                "hELLO",
                "the reply was `hELLO`, expected `HELLO`: the server swapped the case of each letter (swapcase) instead of upper-casing it"
            },
            { "hello", "OLLEH", "the reply was `OLLEH`, expected `HELLO`: the server reversed the message" },
            { "hello", "olleh", "the reply was `olleh`, expected `HELLO`: the server reversed the message" },
            {
                "hello",
                "5",
                "the reply was `5`, expected `HELLO`: the server sent the message's length, not the message upper-cased"
            },
            {
                "grüße",
                "7",
                "the reply was `7`, expected `GRÜßE`: the server sent the message's length, not the message upper-cased"
            },
            {
                "hello",
                "From Server: HELLO",
                "the reply was `From Server: HELLO`, expected only `HELLO`: the server adds text around the upper-cased message"
            },
            {
                "hello, sockets",
                "HELLO,",
                "the reply was only `HELLO,`, the first 6 of 14 bytes expected: `HELLO, SOCKETS`"
            },
            { "ﬁne ﬁne", "FINE F", "the reply was only `FINE F`, the first 6 of 9 bytes expected: `FINE FINE`" },
            { "hello", "OK", "the reply was `OK`, expected `HELLO`" },
            {
                "hello",
                new string('x', 100),
                $"the reply was `{new string('x', 80)}… (100 characters)`, expected `HELLO`"
            },
        };

    [Theory]
    [MemberData(nameof(AcceptedReplies))]
    public void Reply_in_any_accepted_upper_cased_form_passes_and_says_what_was_sent(
        string form,
        string message,
        string reply
    )
    {
        var outcome = Judge(message, reply);

        outcome.Status.Should().Be(CheckStatus.Passed, form);
        outcome.Message.Should().Be($"replied {Exchange.Quote(reply)} to {Exchange.Quote(message)}");
    }

    [Theory]
    [MemberData(nameof(WrongReplies))]
    public void Wrong_reply_fails_naming_what_the_server_did_beside_the_expected_text(
        string message,
        string reply,
        string diagnosis
    )
    {
        var outcome = Judge(message, reply);

        outcome.Should().Be(CheckOutcome.Fail(diagnosis));
    }

    [Fact]
    public void No_reply_fails_with_the_probe_s_reason_and_blocks_the_role_s_later_checks()
    {
        var outcome = new Exchange("hello", null, Problem).Judge();

        outcome.Should().Be(CheckOutcome.FailAndBlock(Problem));
        outcome.BlocksLaterChecks.Should().BeTrue();
    }

    [Theory]
    [InlineData(
        "hello",
        new byte[] { 0x48, 0xFF, 0x4C },
        "the reply <3 bytes, not UTF-8: 48FF4C> is not valid UTF-8 text, expected `HELLO`: decode the bytes received as UTF-8 and encode the reply as UTF-8"
    )]
    [InlineData(
        "grüße",
        new byte[] { 0x47, 0x52, 0xDC, 0x53, 0x53, 0x45 },
        "the reply <6 bytes, not UTF-8: 4752DC535345> is not valid UTF-8 text, expected `GRÜßE`: decode the bytes received as UTF-8 and encode the reply as UTF-8"
    )]
    public void Reply_that_is_not_utf8_fails_showing_its_bytes_in_hex(string message, byte[] reply, string diagnosis)
    {
        var exchange = new Exchange(message, reply, null);

        exchange.Judge().Should().Be(CheckOutcome.Fail(diagnosis));
        exchange.ReplyText.Should().BeNull();
    }

    [Theory]
    [InlineData("client 01 of 3: alpha", "CLIENT 01 OF 3: ALPHA")]
    [InlineData("client 01 of 3: alpha", "client 01 of 3: alpha")]
    [InlineData("client 01 of 3: alpha", "From Server: CLIENT 01 OF 3: ALPHA\n")]
    [InlineData("client 01 of 3: alpha", "21")]
    public void Reply_to_this_very_message_answers_it_however_it_is_cased_or_shaped(string message, string reply) =>
        Replied(message, reply).JudgeAnswered().Should().Be(CheckOutcome.Pass($"got its own reply to `{message}`"));

    [Theory]
    [InlineData(
        "CLIENT 02 OF 3: BRAVO",
        "the reply `CLIENT 02 OF 3: BRAVO` does not answer the message `client 01 of 3: alpha`: was it meant for another client?"
    )]
    [InlineData(
        "CLIENT 01",
        "the reply `CLIENT 01` does not answer the message `client 01 of 3: alpha`: was it meant for another client?"
    )]
    [InlineData("", "the reply to `client 01 of 3: alpha` was empty: it answers nothing")]
    public void Reply_to_another_message_or_cut_short_does_not_answer(string reply, string diagnosis) =>
        Replied("client 01 of 3: alpha", reply).JudgeAnswered().Should().Be(CheckOutcome.Fail(diagnosis));

    [Fact]
    public void Reply_that_is_not_utf8_does_not_answer_and_shows_its_bytes()
    {
        new Exchange("hi", [0xC3, 0x28], null)
            .JudgeAnswered()
            .Should()
            .Be(
                CheckOutcome.Fail(
                    "the reply <2 bytes, not UTF-8: C328> does not answer the message `hi`: was it meant for another client?"
                )
            );
    }

    [Fact]
    public void Fixed_reply_the_server_sends_to_everything_answers_any_message_so_its_fault_is_charged_once()
    {
        var exchange = Replied("client 01 of 3: alpha", "OK") with { KnownFixedReply = "OK" };

        exchange.JudgeAnswered().Status.Should().Be(CheckStatus.Passed);
        exchange.JudgeComplete().Status.Should().Be(CheckStatus.Passed);
        Replied("client 01 of 3: alpha", "OK").JudgeAnswered().Status.Should().Be(CheckStatus.Failed);
    }

    [Fact]
    public void No_reply_neither_answers_nor_completes_and_blocks_the_role_s_later_checks()
    {
        var exchange = new Exchange("hello", null, Problem);

        exchange.JudgeAnswered().Should().Be(CheckOutcome.FailAndBlock(Problem));
        exchange.JudgeComplete().Should().Be(CheckOutcome.FailAndBlock(Problem));
        exchange.ReplyText.Should().BeNull();
    }

    [Theory]
    [InlineData("ONE MESSAGE, TWO WRITES")]
    [InlineData("one message, two writes")]
    [InlineData("ONE MESSAGE, TWO WRITES\n")]
    public void Whole_message_in_the_reply_is_complete_however_it_is_cased(string reply) =>
        Replied("one message, two writes", reply)
            .JudgeComplete()
            .Should()
            .Be(CheckOutcome.Pass("answered all 23 bytes of `one message, two writes`"));

    [Fact]
    public void Complete_counts_bytes_not_characters()
    {
        Replied("grüße", "GRÜSSE").JudgeComplete().Message.Should().Be("answered all 7 bytes of `grüße`");
    }

    [Fact]
    public void Reply_cut_short_is_not_complete_and_says_how_much_of_it_came()
    {
        Replied("one message, two writes", "ONE MESSAGE,")
            .JudgeComplete()
            .Should()
            .Be(
                CheckOutcome.Fail(
                    "the reply was only `ONE MESSAGE,`, the first 12 of 23 bytes expected: `ONE MESSAGE, TWO WRITES`"
                )
            );
    }

    [Fact]
    public void Quote_puts_text_in_backticks_with_control_characters_escaped()
    {
        Exchange.Quote("a\tb\r\n\u0001").Should().Be("`a\\tb\\r\\n\\x01`");
    }

    private static Exchange Replied(string message, string reply) => new(message, Encoding.UTF8.GetBytes(reply), null);

    private static CheckOutcome Judge(string message, string reply) => Replied(message, reply).Judge();
}
