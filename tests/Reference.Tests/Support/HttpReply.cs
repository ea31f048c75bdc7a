using System.Text;

namespace Reference.Tests.Support;

/// <summary>
/// An HTTP response as it came off the wire: the status line, the header fields, the body's exact bytes.
/// </summary>
/// <param name="StatusLine">The first line, without its CRLF.</param>
/// <param name="Headers">The header fields by name (case-insensitive).</param>
/// <param name="Body">Every byte after the blank line, to the end of the connection.</param>
public sealed record HttpReply(string StatusLine, IReadOnlyDictionary<string, string> Headers, byte[] Body)
{
    /// <summary>The status code of the status line.</summary>
    public int Status => int.Parse(StatusLine.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The body as UTF-8 text.</summary>
    public string Text => Encoding.UTF8.GetString(Body);

    /// <summary>Splits <paramref name="response"/> at its first blank line (CRLF CRLF).</summary>
    /// <exception cref="FormatException">There is no blank line.</exception>
    public static HttpReply Parse(byte[] response)
    {
        var end = response.AsSpan().IndexOf("\r\n\r\n"u8);
        if (end < 0)
        {
            throw new FormatException($"No blank line in the response: '{Encoding.UTF8.GetString(response)}'.");
        }

        var lines = Encoding.ASCII.GetString(response, 0, end).Split("\r\n");
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var field in lines[1..])
        {
            var colon = field.IndexOf(':');
            headers.Add(field[..colon], field[(colon + 1)..].Trim());
        }

        return new HttpReply(lines[0], headers, response[(end + 4)..]);
    }
}
