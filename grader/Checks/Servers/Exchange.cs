using System.Text;
using Grader.Probes;

namespace Grader.Checks.Servers;

/// <summary>One request a probe sent to a server, and the reply it got or why it got none.</summary>
/// <param name="Message">What was sent.</param>
/// <param name="Reply">The reply's bytes, or null when none came.</param>
/// <param name="Problem">Why no reply came, in words for a student; null when one did.</param>
public sealed record Exchange(string Message, byte[]? Reply, string? Problem)
{
    private static readonly UTF8Encoding StrictUtf8 = new(false, throwOnInvalidBytes: true);

    /// <summary>Judges the reply: one of the accepted upper-cased forms of the message, nothing more.</summary>
    public CheckOutcome Judge()
    {
        if (Reply is null) return CheckOutcome.FailAndBlock(Problem!);
        if (Text() is not { } text) return CheckOutcome.Fail($"the reply {WireText.Show(Reply)} is not valid UTF-8 text");
        var accepted = UpperCasing.AcceptedForms(Message);
        var shown = Quote(text);
        if (accepted.Contains(text)) return CheckOutcome.Pass($"replied {shown} to {Quote(Message)}");
        if (accepted.Any(a => text == a + "\n" || text == a + "\r\n"))
            return CheckOutcome.Fail($"the reply {shown} ends with a newline that the message {Quote(Message)} did not have");
        if (text == Message)
            return CheckOutcome.Fail($"the reply was {shown}, expected {Quote(accepted[0])}: the server sent the message back without upper-casing it");
        if (text.Length == 0)
            return CheckOutcome.Fail($"the reply was empty, expected {Quote(accepted[0])}");
        return CheckOutcome.Fail($"the reply was {shown}, expected {Quote(accepted[0])}");
    }

    /// <summary>
    /// Judges only whether the reply answers this message (upper-cased or not): for checks about serving many
    /// clients, which must not report again a casing fault that the upper-case check already reported.
    /// </summary>
    public CheckOutcome JudgeAnswered()
    {
        if (Reply is null) return CheckOutcome.FailAndBlock(Problem!);
        var text = Text();
        if (text is not null && (string.Equals(text.Trim(), Message, StringComparison.OrdinalIgnoreCase) || UpperCasing.AcceptedForms(Message).Contains(text.Trim())))
            return CheckOutcome.Pass($"got its own reply to {Quote(Message)}");
        return CheckOutcome.Fail($"the reply {(text is null ? WireText.Show(Reply) : Quote(text))} does not answer the message {Quote(Message)}: was it meant for another client?");
    }

    /// <summary>
    /// Judges only whether the reply is the whole message, upper-cased or not: for checks about message length and
    /// framing, which must not report again a casing fault that the upper-case check already reported.
    /// </summary>
    public CheckOutcome JudgeComplete()
    {
        if (Reply is null) return CheckOutcome.FailAndBlock(Problem!);
        var text = Text();
        if (text is not null && (string.Equals(text, Message, StringComparison.OrdinalIgnoreCase) || UpperCasing.AcceptedForms(Message).Contains(text)))
            return CheckOutcome.Pass($"answered all {Encoding.UTF8.GetByteCount(Message)} bytes of {Quote(Message)}");
        return Judge();
    }

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
    public static string Quote(string text) => $"`{WireText.Show(text, 80)}`";
}
