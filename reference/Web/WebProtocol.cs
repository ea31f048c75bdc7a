namespace Reference.Web;

/// <summary>The fixed facts of the web server: its port, its limits and the files it serves for a folder.</summary>
public static class WebProtocol
{
    /// <summary>The port of the textbook's web server lab.</summary>
    public const int DefaultPort = 6789;

    /// <summary>
    /// The most bytes a request's head (request line, header fields, blank line) may take; a longer one is answered
    /// <c>431</c>.
    /// </summary>
    public const int MaxRequestHeadSize = 16 * 1024;

    /// <summary>The file served for a request that names a folder.</summary>
    public const string IndexFile = "index.html";

    /// <summary>
    /// How long the server keeps reading (and discarding) what the client still sends after the response, before it
    /// closes: closing with unread bytes would reset the connection and could destroy the response in flight.
    /// </summary>
    public static readonly TimeSpan LingerTimeout = TimeSpan.FromSeconds(2);

    /// <summary>The most bytes the server discards while it lingers.</summary>
    public const int MaxLingerBytes = 64 * 1024;

    /// <summary>The only HTTP major version the server speaks; the response is always <c>HTTP/1.1</c>.</summary>
    public const string VersionPrefix = "HTTP/1.";

    /// <summary>The version every response carries.</summary>
    public const string ResponseVersion = "HTTP/1.1";
}
