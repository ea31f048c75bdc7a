using System.Text;

namespace Grader.Labs.WebServer.Judges;

/// <summary>
/// One HTTP request as the probe sends it, byte for byte: a request line, <c>Host</c> and <c>Connection: close</c>, and
/// the blank line that ends the headers. Immutable: the <c>With…</c> methods return a new request.
/// </summary>
/// <param name="Method">The method, <c>GET</c> for the lab's requests.</param>
/// <param name="Target">The request target as sent, such as <c>/hello.html</c> or <c>/%2e%2e/secret.txt</c>.</param>
/// <param name="Host">The <c>Host</c> header's value, such as <c>localhost:6789</c>.</param>
public sealed record RawRequest(string Method, string Target, string Host)
{
    /// <summary>The method of the request the handout's server need not serve: one that must never serve a file.</summary>
    public const string UnsupportedMethod = "DELETE";

    /// <summary>A <c>GET</c> of <paramref name="path"/> (which starts with <c>/</c>) on <paramref name="host"/>.</summary>
    public static RawRequest Get(string path, string host)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (!path.StartsWith('/'))
            throw new ArgumentException($"a request target starts with `/`, not `{path}`", nameof(path));
        return new RawRequest("GET", path, host);
    }

    /// <summary>
    /// The three usual ways to ask for <paramref name="fileOutside"/> one folder above the server's: <c>/../</c>,
    /// percent-encoded dots <c>/%2e%2e/</c>, and a percent-encoded slash <c>/..%2f</c>. A server must serve none of
    /// them.
    /// </summary>
    public static IReadOnlyList<RawRequest> Traversals(string fileOutside, string host) =>
        [Get($"/../{fileOutside}", host), Get($"/%2e%2e/{fileOutside}", host), Get($"/..%2f{fileOutside}", host)];

    /// <summary>The same request with another method, such as <see cref="UnsupportedMethod"/>.</summary>
    public RawRequest WithMethod(string method) => this with { Method = method };

    /// <summary>The request line as sent, without its line ending: <c>GET /hello.html HTTP/1.1</c>.</summary>
    public string RequestLine => $"{Method} {Target} HTTP/1.1";

    /// <summary>The whole request, every line ended by CRLF, the headers by an empty line.</summary>
    public byte[] Bytes => Encoding.ASCII.GetBytes($"{RequestLine}\r\nHost: {Host}\r\nConnection: close\r\n\r\n");

    /// <summary>
    /// The request cut into segments of the given lengths, in order, the last segment holding whatever remains: a
    /// server that reads one <c>recv</c> and takes it for the whole request gets only the first.
    /// </summary>
    public IReadOnlyList<byte[]> Segments(params int[] lengths)
    {
        ArgumentNullException.ThrowIfNull(lengths);
        var bytes = Bytes;
        var segments = new List<byte[]>();
        var at = 0;
        foreach (var length in lengths)
        {
            if (length <= 0 || at + length >= bytes.Length)
                throw new ArgumentOutOfRangeException(
                    nameof(lengths),
                    $"segments of {string.Join(", ", lengths)} bytes do not leave a last one of the {bytes.Length}-byte request"
                );
            segments.Add(bytes[at..(at + length)]);
            at += length;
        }
        segments.Add(bytes[at..]);
        return segments;
    }
}
