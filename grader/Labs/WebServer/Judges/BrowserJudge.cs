using System.Text.RegularExpressions;
using Grader.Checks;
using Grader.Labs.WebServer.Probe;

namespace Grader.Labs.WebServer.Judges;

/// <summary>
/// Judges what headless Chromium did with the grader's page (<see cref="BrowserVisit"/>), over what it printed and
/// logged alone: it passes when the browser showed the page and its picture; otherwise it says what the browser saw
/// that kept it from them, from the server's replies as the browser read them (a <c>Content-Length</c> larger than the
/// body that came, a connection kept open, a reply the browser refused), or how the server ended.
/// </summary>
public static partial class BrowserJudge
{
    private const string LengthMismatch = "ERR_CONTENT_LENGTH_MISMATCH";

    // What the browser's most common errors mean for a student's server.
    private static readonly Dictionary<string, string> ErrorMeanings = new(StringComparer.Ordinal)
    {
        ["ERR_EMPTY_RESPONSE"] = "the server closed the connection without sending anything",
        ["ERR_CONNECTION_REFUSED"] = "nothing accepted the connection on the server's port",
        ["ERR_CONNECTION_RESET"] = "the server reset the connection",
        ["ERR_INVALID_HTTP_RESPONSE"] = "what came back does not start with a status line such as `HTTP/1.1 200 OK`",
    };

    /// <summary>The check's verdict on <paramref name="visit"/>.</summary>
    public static CheckOutcome Judge(BrowserVisit visit)
    {
        ArgumentNullException.ThrowIfNull(visit);
        var url = visit.Url;
        var problem = visit.Requests.Select(Describe).FirstOrDefault(p => p is not null);
        var stopped = visit.StoppedAfter is { } deadline
            ? $"Chromium was still loading {url} {deadline.TotalSeconds:0.#} s after it connected to the server, and was stopped"
                + (
                    problem is not null ? $": {problem}"
                    : visit.Requests.Count > 0 ? ", though every reply it had received was whole"
                    : ""
                )
            : null;
        if (!visit.Document.Contains(TestSite.Heading, StringComparison.Ordinal))
            return CheckOutcome.Fail(
                visit.ServerEnded is { } ended
                    ? $"Chromium could not load {url}: {ended}"
                    : stopped
                        ?? $"Chromium did not show the page {TestSite.PageName}: {problem ?? $"its document holds no `{TestSite.Heading}`"}"
            );
        // The page's script writes the picture's fate into one element (the words also stand in the script itself).
        var status = PictureStatus().Match(visit.Document) is { Success: true } found
            ? found.Groups[1].Value.Trim()
            : "";
        if (status == TestSite.PictureLoaded)
            return CheckOutcome.Pass($"Chromium showed {TestSite.PageName} and its picture {TestSite.ImageName}");
        var why =
            visit.ServerEnded
            ?? stopped
            ?? problem
            ?? (
                status == TestSite.PictureFailed
                    ? "the server sent nothing a browser can read as a picture: read and send files as bytes (`'rb'`)"
                    : "the browser was still waiting for it when the page was read"
            );
        return CheckOutcome.Fail(
            $"Chromium showed {TestSite.PageName} but not its picture {TestSite.ImageName}: {why}"
        );
    }

    /// <summary>What went wrong with <paramref name="request"/> as the browser saw it, in words that can follow a
    /// colon; null when its reply came whole.</summary>
    public static string? Describe(BrowserRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var what = $"`{request.Method} {request.Path}`";
        if (request.Error == LengthMismatch && request.ContentLength is { } announced)
            return $"the reply to {what} says `Content-Length: {announced}` but the server sent {request.BodyBytes} bytes of body and closed the connection, {announced - request.BodyBytes} bytes short (`{LengthMismatch}`)";
        if (request.Error is { } error)
            return $"the browser's {what} failed with `{error}`"
                + (ErrorMeanings.TryGetValue(error, out var meaning) ? $": {meaning}" : "");
        if (request.StatusLine is null)
            return request.Ended
                ? null
                : $"the browser sent {what} and was still waiting for the reply's headers and the empty line that ends them";
        if (request.ContentLength is { } length && request.BodyBytes < length)
            return $"the browser waited for {length - request.BodyBytes} more bytes than the body it received: the reply to {what} says `Content-Length: {length}` but the server sent {request.BodyBytes} bytes and kept the connection open";
        if (request.ContentLength is null && !request.Ended)
            return $"the reply to {what} has no `Content-Length`, and the server kept the connection open after {request.BodyBytes} bytes of body, so the browser waited for the close that ends it";
        return null;
    }

    /// <summary>One line for the transcript: what the browser asked for and what it got.</summary>
    public static string Summary(BrowserRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var parts = new List<string> { $"`{request.Method} {request.Path}`" };
        if (request.StatusLine is { } status)
        {
            parts.Add($"`{status}`");
            parts.Add(request.ContentLength is { } length ? $"`Content-Length: {length}`" : "no `Content-Length`");
            parts.Add($"{request.BodyBytes} bytes of body");
        }
        else
            parts.Add("no reply's headers");
        parts.Add(
            request.Error is { } error ? $"`{error}`"
            : request.Ended ? "done"
            : "not done"
        );
        return string.Join(", ", parts);
    }

    [GeneratedRegex("<p id=\"" + TestSite.PictureStatusId + "\">([^<]*)</p>")]
    private static partial Regex PictureStatus();
}
