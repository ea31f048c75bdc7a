using System.Text;
using Grader.Checks;
using Grader.Probes;

namespace Grader.Labs.Lab1Sockets.Judges;

/// <summary>One request a probe sent to a server, and the reply it got or why it got none.</summary>
/// <param name="Message">What was sent.</param>
/// <param name="Reply">The reply's bytes, or null when none came.</param>
/// <param name="Problem">Why no reply came, in words for a student; null when one did.</param>
public sealed record Exchange(string Message, byte[]? Reply, string? Problem)
{
    private static readonly UTF8Encoding StrictUtf8 = new(false, throwOnInvalidBytes: true);

    /// <summary>
    /// The fixed reply this server was found to send whatever it receives, or null: a reply equal to it answers any
    /// message for the checks that judge only whether a reply came, since the upper-case check reports that fault.
    /// </summary>
    public string? KnownFixedReply { get; init; }

    /// <summary>When no reply came and the kernel showed the server waiting forever, what it waits in ("waits in
    /// `recvfrom` on a socket with no timeout"); else null.</summary>
    public string? Hang { get; init; }

    /// <summary>Judges the reply: one of the accepted upper-cased forms of the message, nothing more.</summary>
    public CheckOutcome Judge()
    {
        if (Reply is null)
            return CheckOutcome.FailAndBlock(Problem!);
        if (Text() is not { } text)
            return CheckOutcome.Fail(
                $"the reply {WireText.Show(Reply)} is not valid UTF-8 text, expected {Quote(UpperCasing.AcceptedForms(Message)[0])}: "
                    + "decode the bytes received as UTF-8 and encode the reply as UTF-8"
            );
        return ReplyFaults.Shape(Message, text) switch
        {
            ReplyShape.UpperCased => CheckOutcome.Pass($"replied {Quote(text)} to {Quote(Message)}"),
            ReplyShape.PaddedWithNuls => CheckOutcome.Pass(ReplyFaults.PaddedWithNuls(Message, text)),
            _ => CheckOutcome.Fail(ReplyFaults.Explain(Message, text)),
        };
    }

    /// <summary>
    /// Judges only whether the reply answers this message (upper-cased or not, or shaped by a fault the upper-case
    /// check reports): for checks about serving many clients, which must not report that fault again.
    /// </summary>
    public CheckOutcome JudgeAnswered()
    {
        if (Reply is null)
            return CheckOutcome.FailAndBlock(Problem!);
        var text = Text();
        if (text is not null && (ReplyFaults.Answers(Message, text.Trim()) || text == KnownFixedReply))
            return CheckOutcome.Pass($"got its own reply to {Quote(Message)}");
        if (Reply.Length == 0)
            return CheckOutcome.Fail($"the reply to {Quote(Message)} was empty: it answers nothing");
        return CheckOutcome.Fail(
            $"the reply {(text is null ? WireText.Show(Reply) : Quote(text))} does not answer the message {Quote(Message)}: was it meant for another client?"
        );
    }

    /// <summary>
    /// Judges only whether the reply is the whole message, upper-cased or not (or shaped by a fault the upper-case
    /// check reports): for checks about message length and framing, which must not report that fault again.
    /// </summary>
    public CheckOutcome JudgeComplete()
    {
        if (Reply is null)
            return CheckOutcome.FailAndBlock(Problem!);
        var text = Text();
        if (text is not null && (ReplyFaults.Answers(Message, text) || text == KnownFixedReply))
            return CheckOutcome.Pass($"answered all {Encoding.UTF8.GetByteCount(Message)} bytes of {Quote(Message)}");
        return Judge();
    }

    /// <summary>The reply as UTF-8 text, or null when none came or it is not valid UTF-8.</summary>
    public string? ReplyText => Reply is null ? null : Text();

    private string? Text()
    {
        try
        {
            return StrictUtf8.GetString(Reply!);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    /// <summary>Text as it appears in messages: in backticks, control characters escaped.</summary>
    public static string Quote(string text) => WireText.Quote(text);
}
