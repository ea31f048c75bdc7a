using System.Text;
using Grader.Checks;
using Grader.Probes;

namespace Grader.Labs.WebServer.Judges;

/// <summary>
/// Judges a web server's reply to one request, over the bytes alone: every fault found, each in one sentence naming
/// what was sent and what came back. The judge states facts; which of them a grade requires is the rubric's choice
/// (<see cref="WebServerHandout"/>).
/// </summary>
public static class HttpJudge
{
    private const int Ok = 200;
    private const int NotFound = 404;
    private const int FirstSuccess = 200;
    private const int FirstRedirect = 300;
    private const int ShownBytes = 40;
    private const int ShownHeadBytes = 120;

    // How many of a file's first bytes make a reply recognisably the file, when it was cut short.
    private const int RecognisedStart = 16;
    private const string ExpectedOk = "`HTTP/1.1 200 OK`";
    private const string ExpectedNotFound = "`HTTP/1.1 404 Not Found`";
    private static readonly UTF8Encoding StrictUtf8 = new(false, throwOnInvalidBytes: true);

    /// <summary>
    /// Judges the reply to a request for <paramref name="fileName"/>, which the server's folder holds as
    /// <paramref name="file"/>: a well-formed 200 whose body is the file byte for byte, with its length and type.
    /// </summary>
    public static HttpVerdict JudgeFile(HttpExchange exchange, string fileName, byte[] file)
    {
        ArgumentNullException.ThrowIfNull(exchange);
        ArgumentNullException.ThrowIfNull(file);
        var response = HttpResponse.Parse(exchange.Received);
        var findings = new List<Finding<HttpFault>>();
        if (!JudgeFraming(exchange, response, findings, fileName, file))
            return new HttpVerdict(response, findings);
        var request = Quote(exchange.Request.RequestLine);
        if (response.Status is { Code: not Ok } status)
        {
            findings.Add(
                new Finding<HttpFault>(
                    HttpFault.WrongStatus,
                    $"the server answered {Quote(status.ToString())} to {request}, a file that is in its folder: expected {ExpectedOk}"
                )
            );
            return new HttpVerdict(response, findings);
        }
        var sent = SentAfterHead(response, file);
        var match = FileBody.Compare(file, sent);
        JudgeLength(response, match, findings, fileName, file);
        JudgeType(response, findings, fileName);
        JudgeBody(exchange, response, sent, match, findings, fileName, file);
        return new HttpVerdict(response, findings);
    }

    /// <summary>Judges the reply to a request for a file that does not exist: a well-formed 404, with a page to
    /// show.</summary>
    public static HttpVerdict JudgeMissing(HttpExchange exchange)
    {
        ArgumentNullException.ThrowIfNull(exchange);
        var response = HttpResponse.Parse(exchange.Received);
        var findings = new List<Finding<HttpFault>>();
        if (!JudgeFraming(exchange, response, findings, null, null) || response.Status is not { } status)
            return new HttpVerdict(response, findings);
        var request = Quote(exchange.Request.RequestLine);
        if (status.Code == Ok)
            findings.Add(
                new Finding<HttpFault>(
                    HttpFault.FoundForMissingFile,
                    $"the server answered {Quote(status.ToString())} to {request}, a file that does not exist: expected {ExpectedNotFound}"
                )
            );
        else if (status.Code != NotFound)
            findings.Add(
                new Finding<HttpFault>(
                    HttpFault.WrongStatusForMissing,
                    $"the server answered {Quote(status.ToString())} to {request}, a file that does not exist: expected {ExpectedNotFound}"
                )
            );
        else if (response.HeaderEnding != HeaderEnding.Missing && response.Body.Length == 0)
            findings.Add(
                new Finding<HttpFault>(
                    HttpFault.NoBodyOn404,
                    $"the 404 reply to {request} has no body, so a browser shows an empty page: send a short HTML page saying the file was not found"
                )
            );
        return new HttpVerdict(response, findings);
    }

    /// <summary>
    /// Judges the reply to a request for a path that leaves the server's folder (<see cref="RawRequest.Traversals"/>):
    /// it must not hold <paramref name="outsideFile"/>, the file named <paramref name="outsideName"/> one folder up.
    /// </summary>
    public static HttpVerdict JudgeTraversal(HttpExchange exchange, string outsideName, byte[] outsideFile)
    {
        ArgumentNullException.ThrowIfNull(exchange);
        ArgumentNullException.ThrowIfNull(outsideFile);
        var response = HttpResponse.Parse(exchange.Received);
        var findings = new List<Finding<HttpFault>>();
        JudgeFraming(exchange, response, findings, null, null);
        if (outsideFile.Length > 0 && response.Raw.AsSpan().IndexOf(outsideFile) >= 0)
            findings.Add(
                new Finding<HttpFault>(
                    HttpFault.ServedOutsideRoot,
                    $"the server sent {Quote(outsideName)}, a file outside its folder, in reply to {Quote(exchange.Request.RequestLine)}: refuse any path with `..` in it (`403 Forbidden` or `404 Not Found`)"
                )
            );
        return new HttpVerdict(response, findings);
    }

    /// <summary>
    /// Judges the reply to a request for <paramref name="fileName"/> with a method other than <c>GET</c>
    /// (<see cref="RawRequest.UnsupportedMethod"/>): any status but a success.
    /// </summary>
    public static HttpVerdict JudgeOtherMethod(HttpExchange exchange, string fileName, byte[] file)
    {
        ArgumentNullException.ThrowIfNull(exchange);
        ArgumentNullException.ThrowIfNull(file);
        var response = HttpResponse.Parse(exchange.Received);
        var findings = new List<Finding<HttpFault>>();
        if (
            JudgeFraming(exchange, response, findings, null, null)
            && response.Status is { Code: >= FirstSuccess and < FirstRedirect } status
        )
        {
            var sentFile =
                file.Length > 0 && response.Content.AsSpan().IndexOf(file) >= 0 ? $" and sent {Quote(fileName)}" : "";
            findings.Add(
                new Finding<HttpFault>(
                    HttpFault.ServedOtherMethod,
                    $"the server answered {Quote(status.ToString())} to {Quote(exchange.Request.RequestLine)}{sentFile}: answer a method it does not serve with `501 Not Implemented` or `405 Method Not Allowed`"
                )
            );
        }
        return new HttpVerdict(response, findings);
    }

    // The faults of the reply's shape whatever was asked; false when there is no reply or no status line to judge
    // further.
    private static bool JudgeFraming(
        HttpExchange exchange,
        HttpResponse response,
        List<Finding<HttpFault>> findings,
        string? fileName,
        byte[]? file
    )
    {
        var request = Quote(exchange.Request.RequestLine);
        if (response.Raw.Length == 0)
        {
            var what = exchange.End switch
            {
                ReplyEnd.Reset => $"the server reset the connection without sending anything in reply to {request}",
                ReplyEnd.TimedOut => $"the server sent nothing in reply to {request} and kept the connection open",
                _ => $"the server closed the connection without sending anything in reply to {request}",
            };
            findings.Add(new Finding<HttpFault>(HttpFault.NoReply, what + BinaryHint(file)));
            return false;
        }
        if (!response.HasStatusLine)
        {
            findings.Add(
                new Finding<HttpFault>(
                    HttpFault.NoStatusLine,
                    file is not null && StartsWithFile(response.Raw, file)
                        ? $"the server sent the file {Quote(fileName!)} in reply to {request} with no status line or headers before it: a reply starts with {ExpectedOk}, then its headers and an empty line"
                        : $"the reply to {request} starts {Show(response.Raw)}, not with a status line such as {ExpectedOk}"
                )
            );
            return false;
        }
        if (response.StatusLineProblem is { } problem)
            findings.Add(
                new Finding<HttpFault>(
                    HttpFault.MalformedStatusLine,
                    $"the status line {Quote(response.StatusLineText!)} {problem}"
                )
            );
        JudgeHead(response, findings, file);
        JudgeEnd(exchange, response, findings);
        return true;
    }

    private static void JudgeHead(HttpResponse response, List<Finding<HttpFault>> findings, byte[]? file)
    {
        var early = response.ContentWithoutBlankLine;
        if (
            response.HeaderEnding == HeaderEnding.Missing
            || (file is not null && early is not null && StartsWithFile(early, file))
        )
        {
            var body = early ?? [];
            var head = Show(response.Raw[..(response.Raw.Length - body.Length)], ShownHeadBytes);
            var whose = file is not null && StartsWithFile(body, file) ? "the file's" : "the body's";
            findings.Add(
                new Finding<HttpFault>(
                    HttpFault.NoBlankLine,
                    body.Length > 0
                        ? $"the headers {head} are not followed by an empty line (`\\r\\n\\r\\n`), so a browser takes {whose} first line {Show(FirstLine(body))} for a header"
                        : $"the reply {head} ends without the empty line (`\\r\\n\\r\\n`) that ends the headers"
                )
            );
            return;
        }
        if (response.MalformedHeaderLines.Count > 0)
            findings.Add(
                new Finding<HttpFault>(
                    HttpFault.MalformedHeader,
                    $"the header line {Quote(response.MalformedHeaderLines[0])} is not of the form `Name: value`"
                )
            );
        if (response.HeaderEnding == HeaderEnding.BareLf)
            findings.Add(
                new Finding<HttpFault>(
                    HttpFault.HeaderEndBareLf,
                    "the headers end with `\\n\\n`, not `\\r\\n\\r\\n`: browsers accept it, but HTTP ends every header line, and the empty line after them, with `\\r\\n`"
                )
            );
    }

    private static void JudgeEnd(HttpExchange exchange, HttpResponse response, List<Finding<HttpFault>> findings)
    {
        var request = Quote(exchange.Request.RequestLine);
        var framed = response.HeaderEnding != HeaderEnding.Missing;
        var length = framed ? response.ContentLength : null;
        var got = response.Content.Length;
        if (exchange.End == ReplyEnd.Reset)
            findings.Add(
                new Finding<HttpFault>(
                    HttpFault.Reset,
                    $"the server reset the connection (RST) after its reply to {request} instead of closing it, which can make a browser lose the reply: read the whole request before closing the socket"
                )
            );
        if (exchange.End == ReplyEnd.TimedOut && length is null)
            findings.Add(
                new Finding<HttpFault>(
                    HttpFault.NeverClosed,
                    $"the server sent {response.Raw.Length} bytes in reply to {request} and then neither closed the connection nor had sent a `Content-Length`, so a browser waits for the rest forever"
                )
            );
        else if (length is { } announced && got < announced)
            findings.Add(
                exchange.End == ReplyEnd.TimedOut
                    // Neither the length nor a close ends the reply: a browser waits for the rest forever.
                    ? new Finding<HttpFault>(
                        HttpFault.NeverClosed,
                        $"the server sent {got} bytes of body, {announced - got} fewer than the `Content-Length: {announced}` it announced, and then neither sent the rest nor closed the connection, so a browser waits for the last {announced - got} bytes forever"
                    )
                    : new Finding<HttpFault>(
                        HttpFault.ShortOfLength,
                        $"the server {(exchange.End == ReplyEnd.Reset ? "reset" : "closed")} the connection after {got} bytes of body, fewer than the `Content-Length: {announced}` it announced"
                    )
            );
    }

    private static void JudgeLength(
        HttpResponse response,
        BodyMatch match,
        List<Finding<HttpFault>> findings,
        string fileName,
        byte[] file
    )
    {
        if (response.ContentLengthText is not { } text)
            findings.Add(
                new Finding<HttpFault>(
                    HttpFault.MissingContentLength,
                    $"the reply has no `Content-Length` header, so a browser knows that the {file.Length}-byte file {Quote(fileName)} has ended only when the server closes the connection"
                )
            );
        else if (response.ContentLength is not { } length)
            findings.Add(
                new Finding<HttpFault>(
                    HttpFault.WrongContentLength,
                    $"the header {Quote($"Content-Length: {text}")} is not a number of bytes: the file {Quote(fileName)} has {file.Length} bytes"
                )
            );
        else if (length != file.Length)
            findings.Add(
                new Finding<HttpFault>(
                    HttpFault.WrongContentLength,
                    $"the reply says `Content-Length: {length}` but the file {Quote(fileName)} has {file.Length} bytes"
                )
            );
        // Bytes after a length that is the file's make the length wrong when they are line endings; anything more is
        // the body's fault (BodyLongerThanFile), reported once, there.
        else if (response.Content.Length > length && match.Kind == BodyMatchKind.LineEndsAfter)
            findings.Add(
                new Finding<HttpFault>(
                    HttpFault.WrongContentLength,
                    $"the reply says `Content-Length: {length}`, the size of {Quote(fileName)}, but {response.Content.Length - length} more bytes ({Quote(WireText.Show(response.Content[(int)length..]))}) follow the file before the close: the reply is longer than it says, and a browser that keeps the connection takes them for the next reply"
                )
            );
    }

    private static void JudgeType(HttpResponse response, List<Finding<HttpFault>> findings, string fileName)
    {
        var expected = ContentTypes.For(fileName);
        var type = response.Header("Content-Type");
        if (type is null)
            findings.Add(
                new Finding<HttpFault>(
                    HttpFault.MissingContentType,
                    $"the reply has no `Content-Type` header, so a browser must guess what {Quote(fileName)} is: send {(expected.Count > 0 ? $"`Content-Type: {expected[0]}`" : "its media type")}"
                )
            );
        else if (!ContentTypes.Accepts(fileName, type))
            findings.Add(
                new Finding<HttpFault>(
                    HttpFault.WrongContentType,
                    $"the reply says {Quote($"Content-Type: {type}")} for {Quote(fileName)}, expected `{expected[0]}`"
                )
            );
    }

    private static void JudgeBody(
        HttpExchange exchange,
        HttpResponse response,
        byte[] sent,
        BodyMatch match,
        List<Finding<HttpFault>> findings,
        string fileName,
        byte[] file
    )
    {
        var name = Quote(fileName);
        Finding<HttpFault>? finding = match.Kind switch
        {
            BodyMatchKind.Identical => null,
            BodyMatchKind.Empty => new Finding<HttpFault>(
                HttpFault.BodyDiffers,
                $"the reply to {Quote(exchange.Request.RequestLine)} has no body: the {file.Length} bytes of {name} never came after the headers"
            ),
            // After a Content-Length that is the file's, line endings are the length's fault (JudgeLength).
            BodyMatchKind.LineEndsAfter when response.ContentLength == file.Length => null,
            BodyMatchKind.LineEndsAfter => new Finding<HttpFault>(
                HttpFault.ExtraBytesAfterFile,
                $"the body is the file {name} followed by {match.Extra!.Length} more bytes {Show(match.Extra)} that the file does not have"
            ),
            BodyMatchKind.MoreAfter => new Finding<HttpFault>(
                HttpFault.BodyLongerThanFile,
                $"the body does not stop where the file {name} ends: after its {file.Length} bytes come {match.Extra!.Length} more, from byte {file.Length} on: {Show(match.Extra)}{WhatFollows(match.Extra, file)}; send the file once, then close the connection"
            ),
            BodyMatchKind.CutShort => new Finding<HttpFault>(
                HttpFault.BodyCutShort,
                $"the body is only the first {sent.Length} of the {file.Length} bytes of {name}: send the whole file"
            ),
            BodyMatchKind.TextMode => new Finding<HttpFault>(
                HttpFault.BodyTextMode,
                $"the body differs from {name} only because {match.Change}: the file was opened in text mode; open it in binary mode (`'rb'` in Python) and send its bytes as they are"
            ),
            _ => new Finding<HttpFault>(
                HttpFault.BodyDiffers,
                $"the body ({sent.Length} bytes) is not the file {name} ({file.Length} bytes): from byte {match.DiffersAt} on, the body has {Show(sent[match.DiffersAt..])} where the file has {Show(file[match.DiffersAt..])}"
            ),
        };
        if (finding is not null)
            findings.Add(finding);
    }

    // What the bytes after a whole file are, when they are recognisably something: the file again (how many times), or
    // a second reply (its status line).
    private static string WhatFollows(byte[] extra, byte[] file)
    {
        var copies = 0;
        var rest = extra.AsSpan();
        while (file.Length > 0 && rest.StartsWith(file))
        {
            copies++;
            rest = rest[file.Length..];
        }
        if (copies > 0)
        {
            var times = copies == 1 ? "once more" : $"{copies} more times";
            var then =
                rest.IsEmpty ? ""
                : rest.ContainsAnyExcept((byte)'\r', (byte)'\n') ? $", and {rest.Length} bytes more"
                : $", then {Show(rest)}";
            return $" (the file again, {times}{then})";
        }
        var next = HttpResponse.Parse(extra.AsSpan().TrimStart("\r\n"u8));
        return next.Status is { } status ? $" (a second reply, {Quote(status.ToString())})" : "";
    }

    // What the server sent as the body: everything after the headers until the close, even past a Content-Length (bytes
    // after the file are the server's, whatever it announced), or, when it forgot the empty line, from the file's first
    // line.
    private static byte[] SentAfterHead(HttpResponse response, byte[] file)
    {
        if (
            response.ContentWithoutBlankLine is { } early
            && (response.HeaderEnding == HeaderEnding.Missing || StartsWithFile(early, file))
        )
            return early;
        return response.Content;
    }

    // Whether the bytes are the file, whole or changed by text mode, or a start of it long enough to tell.
    private static bool StartsWithFile(byte[] bytes, byte[] file)
    {
        var start = bytes.AsSpan().TrimStart("\r\n"u8);
        return file.Length > 0
            && FileBody.Compare(file, start).Kind switch
            {
                BodyMatchKind.Identical
                or BodyMatchKind.LineEndsAfter
                or BodyMatchKind.MoreAfter
                or BodyMatchKind.TextMode => true,
                BodyMatchKind.CutShort => start.Length >= Math.Min(file.Length, RecognisedStart),
                _ => false,
            };
    }

    private static string BinaryHint(byte[]? file)
    {
        if (file is null)
            return "";
        try
        {
            StrictUtf8.GetString(file);
            return "";
        }
        catch (DecoderFallbackException)
        {
            return ": if reading the file failed, it is not text and must be opened in binary mode (`'rb'` in Python)";
        }
    }

    private static ReadOnlySpan<byte> FirstLine(ReadOnlySpan<byte> bytes) =>
        bytes.IndexOf((byte)'\n') is var end and >= 0 ? bytes[..end].TrimEnd((byte)'\r') : bytes;

    private static string Show(ReadOnlySpan<byte> bytes, int maxChars = ShownBytes) =>
        $"`{WireText.Show(bytes, maxChars)}`";

    private static string Quote(string text) => $"`{WireText.Show(text, ShownHeadBytes)}`";
}
