using System.Globalization;
using System.Text;

namespace Reference.Mail;

/// <summary>
/// The message as it goes after <c>DATA</c>: header fields, a blank line, the body with CRLF line ends and
/// dot-stuffing, and the <c>.</c> line that ends it.
/// </summary>
public static class MailMessage
{
    // Each encoded word holds at most this many bytes of the subject, so it stays within RFC 2047's 75 characters.
    private const int EncodedWordBytes = 45;

    /// <summary>
    /// Composes the data of a message from <paramref name="from"/> to <paramref name="to"/>: <c>From</c>,
    /// <c>To</c>, <c>Subject</c> (RFC 2047 encoded words when it is not ASCII), <c>Date</c>, <c>MIME-Version</c>,
    /// <c>Content-Type: text/plain; charset=utf-8</c> and <c>Content-Transfer-Encoding</c> (<c>7bit</c>, or
    /// <c>8bit</c> for a body that is not ASCII).
    /// </summary>
    /// <param name="from">The sender's address.</param>
    /// <param name="to">The recipient's address.</param>
    /// <param name="subject">The subject, one line.</param>
    /// <param name="body">The body as read, with any line ends.</param>
    /// <param name="date">The message's date.</param>
    /// <returns>The bytes to send after the 354 reply, ending in <c>\r\n.\r\n</c>.</returns>
    public static byte[] Compose(string from, string to, string subject, string body, DateTimeOffset date)
    {
        var text = new StringBuilder()
            .Append($"From: {from}\r\n")
            .Append($"To: {to}\r\n")
            .Append($"Subject: {EncodeSubject(subject)}\r\n")
            .Append($"Date: {date.ToString("ddd, dd MMM yyyy HH:mm:ss", CultureInfo.InvariantCulture)} ")
            .Append(
                $"{date.ToString("zzz", CultureInfo.InvariantCulture).Replace(":", "", StringComparison.Ordinal)}\r\n"
            )
            .Append("MIME-Version: 1.0\r\n")
            .Append("Content-Type: text/plain; charset=utf-8\r\n")
            .Append($"Content-Transfer-Encoding: {(Ascii.IsValid(body) ? "7bit" : "8bit")}\r\n")
            .Append("\r\n");
        foreach (var line in Lines(body))
        {
            // Dot-stuffing (RFC 5321, section 4.5.2): a line of the body is never taken for the end of the data.
            text.Append(line.StartsWith('.') ? "." : "").Append(line).Append("\r\n");
        }

        return Encoding.UTF8.GetBytes(text.Append(".\r\n").ToString());
    }

    /// <summary>
    /// The body's lines, whatever their line ends (CRLF, LF or a bare CR), without a last empty one after a final
    /// line end.
    /// </summary>
    /// <param name="body">The body as read.</param>
    /// <returns>The lines, without line ends.</returns>
    public static IReadOnlyList<string> Lines(string body)
    {
        if (body.Length == 0)
        {
            return [];
        }

        var lines = body.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
        return lines[^1].Length == 0 ? lines[..^1] : lines;
    }

    /// <summary>The subject as it goes in the header: as it is when ASCII, else RFC 2047 encoded words.</summary>
    /// <param name="subject">The subject, one line.</param>
    /// <returns>The field's value.</returns>
    public static string EncodeSubject(string subject)
    {
        if (Ascii.IsValid(subject))
        {
            return subject;
        }

        var words = new List<string>();
        var chunk = new StringBuilder();
        foreach (var rune in subject.EnumerateRunes())
        {
            if (Encoding.UTF8.GetByteCount(chunk.ToString()) + rune.Utf8SequenceLength > EncodedWordBytes)
            {
                words.Add(EncodedWord(chunk.ToString()));
                chunk.Clear();
            }

            chunk.Append(rune.ToString());
        }

        words.Add(EncodedWord(chunk.ToString()));
        // Folded: each encoded word on a line of its own, the lines after the first starting with a space.
        return string.Join("\r\n ", words);
    }

    private static string EncodedWord(string text) =>
        $"=?utf-8?B?{Convert.ToBase64String(Encoding.UTF8.GetBytes(text))}?=";
}
