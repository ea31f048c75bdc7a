using FluentAssertions;
using Grader.Labs.Lab1Sockets.Judges;

namespace Grader.Tests.Labs.Lab1Sockets;

/// <summary>What a reply that is not the message upper-cased is called, over fixed texts: no processes, no
/// sockets.</summary>
[Fast]
public sealed class ReplyFaultsTests
{
    [Theory]
    [InlineData("Hello, World", "HELLO, WORLD", ReplyShape.UpperCased)]
    [InlineData("straße", "STRASSE", ReplyShape.UpperCased)]
    [InlineData("straße", "STRAßE", ReplyShape.UpperCased)]
    [InlineData("grüße", "GRüßE", ReplyShape.UpperCased)]
    [InlineData("Hello", "HELLO\n", ReplyShape.WithNewline)]
    [InlineData("Hello", "Hello", ReplyShape.Unchanged)]
    [InlineData("Hello", "hello", ReplyShape.LowerCased)]
    [InlineData("Hello", "hELLO", ReplyShape.CaseSwapped)]
    [InlineData("Hello", "OLLEH", ReplyShape.Reversed)]
    [InlineData("Hello", "olleH", ReplyShape.Reversed)]
    [InlineData("grüße", "5", ReplyShape.Length)]
    [InlineData("grüße", "7", ReplyShape.Length)]
    [InlineData("Hello", "HELLO\0\0\0\0", ReplyShape.PaddedWithNuls)]
    [InlineData("Hello", "HELLO\0\0X\0", ReplyShape.Wrapped)]
    [InlineData("Hi", "HILLO\0\0", ReplyShape.Wrapped)]
    [InlineData("Hello", "From Server: HELLO", ReplyShape.Wrapped)]
    [InlineData("Hello", "HEL", ReplyShape.CutShort)]
    [InlineData("Hello", "", ReplyShape.Empty)]
    [InlineData("Hello", "OK", ReplyShape.Unrelated)]
    public void Reply_is_recognised_by_what_the_server_did_to_the_message(
        string message,
        string reply,
        ReplyShape shape
    ) => ReplyFaults.Shape(message, reply).Should().Be(shape);

    [Fact]
    public void Only_replies_that_answer_the_message_however_cased_count_as_answers()
    {
        ReplyFaults.Answers("Hello", "hELLO").Should().BeTrue();
        ReplyFaults.Answers("Hello", "5").Should().BeTrue();
        ReplyFaults.Answers("Hello", "HEL").Should().BeFalse();
        ReplyFaults.Answers("Hello", "GOODBYE").Should().BeFalse();
    }

    [Fact]
    public void Explanation_shows_the_reply_beside_the_expected_text_and_names_the_fault()
    {
        ReplyFaults
            .Explain("Hello", "hELLO")
            .Should()
            .Be(
                "the reply was `hELLO`, expected `HELLO`: the server swapped the case of each letter (swapcase) instead of upper-casing it"
            );
        ReplyFaults.Explain("Hello", "OK").Should().Be("the reply was `OK`, expected `HELLO`");
    }

    [Fact]
    public void Bytes_upper_cased_one_by_one_change_the_ascii_letters_only_and_are_accepted()
    {
        UpperCasing
            .AcceptedForms("grüße, señor")
            .Should()
            .Equal("GRÜSSE, SEÑOR".Replace("SS", "ß", StringComparison.Ordinal), "GRÜSSE, SEÑOR", "GRüßE, SEñOR");
    }
}
