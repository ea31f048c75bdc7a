using System.Globalization;

namespace Grader.Labs.WebServer.Judges;

/// <summary>
/// One request headless Chromium made, as its network log tells it: what it asked for, the reply's head as the browser
/// read it, how much of the body came, and how the request ended.
/// </summary>
/// <param name="Method">The method, <c>GET</c> for a page and its picture.</param>
/// <param name="Url">What it asked for.</param>
public sealed record BrowserRequest(string Method, string Url)
{
    /// <summary>The reply's status line and header lines as the browser read them; empty until they had all
    /// come.</summary>
    public IReadOnlyList<string> ResponseHeaders { get; init; } = [];

    /// <summary>How many bytes of body the browser read.</summary>
    public long BodyBytes { get; init; }

    /// <summary>The browser's name for how the request failed (<c>ERR_CONTENT_LENGTH_MISMATCH</c>), or null.</summary>
    public string? Error { get; init; }

    /// <summary>Whether the request had ended, well or not, when the log stops.</summary>
    public bool Ended { get; init; }

    /// <summary>The reply's status line, or null when its headers never all came.</summary>
    public string? StatusLine => ResponseHeaders.Count > 0 ? ResponseHeaders[0] : null;

    /// <summary>The reply's <c>Content-Length</c>, or null when it has none (or no valid one).</summary>
    public long? ContentLength =>
        ResponseHeaders
            .Skip(1)
            .Select(line => line.Split(':', 2))
            .Where(parts =>
                parts.Length == 2 && parts[0].Trim().Equals("Content-Length", StringComparison.OrdinalIgnoreCase)
            )
            .Select(parts =>
                long.TryParse(parts[1].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var length)
                    ? length
                    : (long?)null
            )
            .FirstOrDefault();

    /// <summary>The path asked for, as the request line has it (<c>/lab-grader-page.html</c>).</summary>
    public string Path => Uri.TryCreate(Url, UriKind.Absolute, out var uri) ? uri.PathAndQuery : Url;
}
