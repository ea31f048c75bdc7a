using System.Globalization;
using System.Text;

namespace Grader.Labs.Lab1Sockets.Judges;

/// <summary>
/// Names what a server did to a message when its reply is not the message upper-cased: the usual slips (sent back
/// unchanged, lower-cased, case swapped, reversed, its length instead of its text, a newline or a prefix added, cut
/// short), so a student reads the fault beside the expected and the actual text.
/// </summary>
internal static class ReplyFaults
{
    /// <summary>What the server made of <paramref name="message"/>, judged by its <paramref name="reply"/>.</summary>
    public static ReplyShape Shape(string message, string reply)
    {
        var accepted = UpperCasing.AcceptedForms(message);
        var trimmed = reply.TrimEnd('\r', '\n');
        if (accepted.Contains(reply))
            return ReplyShape.UpperCased;
        if (reply.Length == 0)
            return ReplyShape.Empty;
        if (reply[^1] == '\0' && accepted.Contains(reply.TrimEnd('\0')))
            return ReplyShape.PaddedWithNuls;
        if (trimmed != reply && accepted.Contains(trimmed))
            return ReplyShape.WithNewline;
        if (trimmed == message)
            return ReplyShape.Unchanged;
        if (trimmed == message.ToLowerInvariant())
            return ReplyShape.LowerCased;
        if (trimmed == SwapCase(message))
            return ReplyShape.CaseSwapped;
        if (accepted.Append(message).Any(form => trimmed == Reversed(form)))
            return ReplyShape.Reversed;
        if (IsLengthOf(trimmed, message))
            return ReplyShape.Length;
        if (accepted.Any(form => reply.Contains(form, StringComparison.Ordinal)))
            return ReplyShape.Wrapped;
        if (accepted.Any(form => form.StartsWith(reply, StringComparison.Ordinal)))
            return ReplyShape.CutShort;
        return ReplyShape.Unrelated;
    }

    /// <summary>
    /// Whether the reply answers this very message, however wrongly cased or shaped: the checks about serving many
    /// clients and long messages accept it, so a casing fault is charged once, to the check that judges casing.
    /// </summary>
    public static bool Answers(string message, string reply) =>
        Shape(message, reply) is not (ReplyShape.Empty or ReplyShape.CutShort or ReplyShape.Unrelated);

    /// <summary>Why <paramref name="reply"/> is not <paramref name="message"/> upper-cased, with both shown.</summary>
    public static string Explain(string message, string reply)
    {
        var accepted = UpperCasing.AcceptedForms(message);
        var expected = Exchange.Quote(accepted[0]);
        var shown = Exchange.Quote(reply);
        var was = $"the reply was {shown}, expected {expected}";
        return Shape(message, reply) switch
        {
            ReplyShape.Empty => $"the reply was empty, expected {expected}",
            ReplyShape.PaddedWithNuls => PaddedWithNuls(message, reply),
            ReplyShape.WithNewline =>
                $"the reply {shown} ends with a newline that the message {Exchange.Quote(message)} did not have",
            ReplyShape.Unchanged => $"{was}: the server sent the message back without upper-casing it",
            ReplyShape.LowerCased => $"{was}: the server lower-cased the message instead of upper-casing it",
            ReplyShape.CaseSwapped =>
                $"{was}: the server swapped the case of each letter (swapcase) instead of upper-casing it",
            ReplyShape.Reversed => $"{was}: the server reversed the message",
            ReplyShape.Length => $"{was}: the server sent the message's length, not the message upper-cased",
            ReplyShape.Wrapped =>
                $"the reply was {shown}, expected only {expected}: the server adds text around the upper-cased message",
            ReplyShape.CutShort => CutShort(reply, shown, accepted),
            _ => was,
        };
    }

    /// <summary>What a reply padded with NUL bytes said, for a check that passes it: the text and how much padding came
    /// after it.</summary>
    public static string PaddedWithNuls(string message, string reply)
    {
        var text = reply.TrimEnd('\0');
        return $"replied {Exchange.Quote(text)} to {Exchange.Quote(message)}, followed by {reply.Length - text.Length} NUL bytes: the rest of its buffer, sent whole (accepted: the text is right; send only the reply's own bytes)";
    }

    // The reply is the start of one accepted form, not always the first (Python's FINE for ﬁne, not .NET's ﬁNE): that
    // form's length and text are what the server was cut short of.
    private static string CutShort(string reply, string shown, IReadOnlyList<string> accepted)
    {
        var whole = accepted.First(form => form.StartsWith(reply, StringComparison.Ordinal));
        return $"the reply was only {shown}, the first {Encoding.UTF8.GetByteCount(reply)} of {Encoding.UTF8.GetByteCount(whole)} bytes expected: {Exchange.Quote(whole)}";
    }

    private static string SwapCase(string text) =>
        string.Concat(
            text.Select(c =>
                char.IsUpper(c) ? char.ToLowerInvariant(c)
                : char.IsLower(c) ? char.ToUpperInvariant(c)
                : c
            )
        );

    private static string Reversed(string text)
    {
        var elements = new List<string>();
        var enumerator = StringInfo.GetTextElementEnumerator(text);
        while (enumerator.MoveNext())
            elements.Add(enumerator.GetTextElement());
        elements.Reverse();
        return string.Concat(elements);
    }

    private static bool IsLengthOf(string reply, string message) =>
        int.TryParse(reply, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
        && (number == message.Length || number == Encoding.UTF8.GetByteCount(message));
}
