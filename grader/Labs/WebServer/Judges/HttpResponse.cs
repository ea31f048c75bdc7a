using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Grader.Labs.WebServer.Judges;

/// <summary>
/// The bytes a web server sent in reply to one request, read as HTTP/1.1 leniently enough to name every fault: the
/// status line (or why the first line is not one), the headers (names compared case-insensitively), how the headers
/// ended, and the body. The textbook's skeleton reply, <c>HTTP/1.1 200 OK\r\n\r\n</c> and then the file until the server
/// closes, is a valid 200 whose body is everything after the empty line.
/// </summary>
public sealed partial record HttpResponse
{
    private static readonly Encoding Latin1 = Encoding.Latin1;

    private HttpResponse(byte[] raw) => Raw = raw;

    /// <summary>Every byte received.</summary>
    public byte[] Raw { get; }

    /// <summary>The first line, without its line ending; null when nothing was received or no line looks like a status
    /// line.</summary>
    public string? StatusLineText { get; private init; }

    /// <summary>The status line, when the first line is one (even if <see cref="StatusLineProblem"/> names a
    /// fault around it).</summary>
    public HttpStatusLine? Status { get; private init; }

    /// <summary>
    /// What is wrong with a first line that tries to be a status line, in words that follow <c>the status line `…`</c>
    /// (such as <c>has no space between the code and the reason</c>); null when it is well formed or absent.
    /// </summary>
    public string? StatusLineProblem { get; private init; }

    /// <summary>The header lines, in order.</summary>
    public IReadOnlyList<HttpHeader> Headers { get; private init; } = [];

    /// <summary>Lines among the headers that are not <c>Name: value</c>.</summary>
    public IReadOnlyList<string> MalformedHeaderLines { get; private init; } = [];

    /// <summary>How the headers ended; <see cref="HeaderEnding.Missing"/> also when there is no status line.</summary>
    public HeaderEnding HeaderEnding { get; private init; } = HeaderEnding.Missing;

    /// <summary>
    /// Everything after the headers: after the empty line, or, when there is none, from the first line that is not a
    /// header; every byte received when there is no status line.
    /// </summary>
    public byte[] Content { get; private init; } = [];

    /// <summary>
    /// Everything from the first line after the status line that is not a header, where the body starts for a server
    /// that forgot the empty line after its headers (the file's own first empty line then ends them); null when every
    /// line before the empty line is a header.
    /// </summary>
    public byte[]? ContentWithoutBlankLine { get; private init; }

    /// <summary>The <c>Content-Length</c> header's value as sent, or null when there is none.</summary>
    public string? ContentLengthText => Header("Content-Length");

    /// <summary>The <c>Content-Length</c>, or null when there is none or it is not a number of bytes.</summary>
    public long? ContentLength =>
        ContentLengthText is { } text
        && text.All(char.IsAsciiDigit)
        && long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var length)
            ? length
            : null;

    /// <summary>The body as HTTP delimits it: <see cref="Content"/>, cut at a valid <see cref="ContentLength"/>.</summary>
    public byte[] Body => ContentLength is { } length && length < Content.Length ? Content[..(int)length] : Content;

    /// <summary>Whether the first line is a status line, well formed or not.</summary>
    public bool HasStatusLine => Status is not null || StatusLineProblem is not null;

    /// <summary>
    /// Whether <paramref name="received"/> holds a whole reply by its own framing: the headers have ended and the
    /// body has reached their <c>Content-Length</c>. A probe stops reading there; without a length, at the close.
    /// </summary>
    public static bool IsComplete(ReadOnlySpan<byte> received)
    {
        var response = Parse(received);
        return response.HeaderEnding != HeaderEnding.Missing
            && response.ContentLength is { } length
            && response.Content.Length >= length;
    }

    /// <summary>The value of the first header named <paramref name="name"/>, in any case; null when there is
    /// none.</summary>
    public string? Header(string name) =>
        Headers.FirstOrDefault(h => string.Equals(h.Name, name, StringComparison.OrdinalIgnoreCase))?.Value;

    /// <summary>Reads <paramref name="received"/> as a reply; never fails, whatever the bytes.</summary>
    public static HttpResponse Parse(ReadOnlySpan<byte> received)
    {
        var raw = received.ToArray();
        // Latin-1 maps each byte to one character, so offsets in the text are offsets in the bytes.
        var text = Latin1.GetString(raw);
        if (raw.Length == 0)
            return new HttpResponse(raw);

        var start = 0;
        while (start < text.Length && (text[start] == '\n' || text.AsSpan(start).StartsWith("\r\n")))
            start += text[start] == '\n' ? 1 : 2;
        var lines = ReadLines(text, start);
        var first = lines.Count > 0 ? lines[0].Text : text[start..];
        var status = StatusLinePattern().Match(first);
        if (!status.Success && !LooksLikeStatusLine(first))
            return new HttpResponse(raw) { Content = raw };

        var problem = status.Success ? null : DescribeProblem(first);
        if (start > 0)
            problem ??= "comes after an empty line: the reply must start with the status line";
        var head = lines.TakeWhile(l => !l.IsEmpty).Skip(1).ToList();
        var headerLike = head.TakeWhile(l => HeaderPattern().IsMatch(l.Text)).Count();
        int? firstNotHeader = headerLike < head.Count ? head[headerLike].Start : null;
        var blank = lines.FirstOrDefault(l => l.IsEmpty);
        HeaderEnding ending;
        int contentStart;
        if (blank is not null)
        {
            ending = lines.TakeWhile(l => !l.IsEmpty).Append(blank).Any(l => l.BareLf)
                ? HeaderEnding.BareLf
                : HeaderEnding.CrLf;
            contentStart = blank.Next;
        }
        else
        {
            ending = HeaderEnding.Missing;
            head = head[..headerLike];
            contentStart = firstNotHeader ?? (lines.Count > 0 ? lines[^1].Next : text.Length);
        }

        return new HttpResponse(raw)
        {
            StatusLineText = first,
            Status = status.Success
                ? new HttpStatusLine(
                    status.Groups["version"].Value,
                    int.Parse(status.Groups["code"].Value, CultureInfo.InvariantCulture),
                    status.Groups["reason"].Value
                )
                : null,
            StatusLineProblem = problem,
            Headers = [.. head.Select(l => HeaderPattern().Match(l.Text)).Where(m => m.Success).Select(ToHeader)],
            MalformedHeaderLines = [.. head.Where(l => !HeaderPattern().IsMatch(l.Text)).Select(l => l.Text)],
            HeaderEnding = ending,
            Content = raw[Math.Min(contentStart, raw.Length)..],
            ContentWithoutBlankLine =
                ending == HeaderEnding.Missing ? raw[Math.Min(contentStart, raw.Length)..]
                : firstNotHeader is { } from ? raw[from..]
                : null,
        };
    }

    private static HttpHeader ToHeader(Match match) =>
        new(match.Groups["name"].Value, match.Groups["value"].Value.Trim(' ', '\t'));

    // Every full line from start, ended by \n (with or without \r before it); a last line without \n is not one.
    private static List<TextLine> ReadLines(string text, int start)
    {
        var lines = new List<TextLine>();
        var at = start;
        while (text.IndexOf('\n', at) is var newline and >= 0)
        {
            var bare = newline == at || text[newline - 1] != '\r';
            lines.Add(new TextLine(at, text[at..(bare ? newline : newline - 1)], bare, newline + 1));
            at = newline + 1;
        }
        return lines;
    }

    private static bool LooksLikeStatusLine(string line) =>
        line.TrimStart().StartsWith("HTTP", StringComparison.OrdinalIgnoreCase)
        || line.Contains("HTTP/", StringComparison.OrdinalIgnoreCase)
        || StatusCodeFirstPattern().IsMatch(line);

    private static string DescribeProblem(string line)
    {
        if (line.Length > 0 && char.IsWhiteSpace(line[0]))
            return "starts with a space: it must start with `HTTP/1.1`";
        if (!line.StartsWith("HTTP", StringComparison.Ordinal))
        {
            if (line.StartsWith("HTTP", StringComparison.OrdinalIgnoreCase))
                return "writes the version in lower case: it is `HTTP/1.1`, in capitals";
            return StatusCodeFirstPattern().IsMatch(line)
                ? "has no version before the code: it starts with `HTTP/1.1`, as in `HTTP/1.1 200 OK`"
                : "does not start with the version `HTTP/1.1`";
        }
        var version = VersionPattern().Match(line);
        if (!version.Success)
            return "has no version number after `HTTP`: it starts with `HTTP/1.1`";
        var rest = line[version.Length..];
        if (rest.Length == 0)
            return "has no status code after the version, as in `HTTP/1.1 200 OK`";
        if (rest[0] != ' ')
            return "has no space between the version and the status code";
        if (rest.StartsWith("  ", StringComparison.Ordinal))
            return "has more than one space between the version and the status code";
        var code = rest[1..];
        if (code.Length < 3 || !code[..3].All(char.IsAsciiDigit) || (code.Length > 3 && char.IsAsciiDigit(code[3])))
            return "has no three-digit status code after the version, as in `HTTP/1.1 200 OK`";
        return code[3] == '\t'
            ? "separates the code from the reason with a tab, not a space"
            : "has no space between the status code and the reason, as in `HTTP/1.1 200 OK`";
    }

    [GeneratedRegex(@"^(?<version>HTTP/\d\.\d) (?<code>\d{3})(?: (?<reason>[^\x00-\x08\x0a-\x1f\x7f]*))?$")]
    private static partial Regex StatusLinePattern();

    [GeneratedRegex(@"^HTTP/\d\.\d")]
    private static partial Regex VersionPattern();

    [GeneratedRegex(@"^\s*[1-5]\d\d\b")]
    private static partial Regex StatusCodeFirstPattern();

    [GeneratedRegex(@"^(?<name>[!#$%&'*+\-.^_`|~0-9A-Za-z]+):(?<value>.*)$")]
    private static partial Regex HeaderPattern();

    // One line of the head: where it starts, its text without the line ending, whether it ended with a bare \n, and
    // where the next line starts.
    private sealed record TextLine(int Start, string Text, bool BareLf, int Next)
    {
        public bool IsEmpty => Text.Length == 0;
    }
}
