namespace Reference.Web;

/// <summary>A parsed request line: <c>METHOD SP request-target SP HTTP-version</c>.</summary>
/// <param name="Method">The method, case-sensitive as HTTP has it (<c>GET</c>, not <c>get</c>).</param>
/// <param name="Target">The request target, still percent-encoded.</param>
/// <param name="Version">The protocol version, such as <c>HTTP/1.1</c>.</param>
public sealed record HttpRequest(string Method, string Target, string Version)
{
    /// <summary>Parses a request line; runs of spaces count as one, as RFC 9112 lets a server parse.</summary>
    /// <param name="requestLine">The line, without its line end.</param>
    /// <param name="request">The request, when the line has its three parts and a version of the form
    /// <c>HTTP/d.d</c>.</param>
    /// <returns>Whether the line is a request line.</returns>
    public static bool TryParse(string requestLine, out HttpRequest request)
    {
        var parts = requestLine.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        request = parts.Length == 3 ? new HttpRequest(parts[0], parts[1], parts[2]) : new HttpRequest("", "", "");
        return parts.Length == 3 && parts[0].All(IsTokenCharacter) && IsVersion(parts[2]);
    }

    private static bool IsVersion(string version) =>
        version.Length == 8
        && version.StartsWith("HTTP/", StringComparison.Ordinal)
        && char.IsAsciiDigit(version[5])
        && version[6] == '.'
        && char.IsAsciiDigit(version[7]);

    private static bool IsTokenCharacter(char c) => char.IsAsciiLetterOrDigit(c) || "!#$%&'*+-.^_`|~".Contains(c);
}
