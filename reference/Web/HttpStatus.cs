namespace Reference.Web;

/// <summary>A response's status: its code and reason phrase.</summary>
/// <param name="Code">The three-digit status code.</param>
/// <param name="Reason">The reason phrase of the status line.</param>
public sealed record HttpStatus(int Code, string Reason)
{
    /// <summary>The file follows.</summary>
    public static readonly HttpStatus Ok = new(200, "OK");

    /// <summary>The request line or head is malformed, or the client closed before the blank line.</summary>
    public static readonly HttpStatus BadRequest = new(400, "Bad Request");

    /// <summary>The path would leave the root folder, or the file may not be read.</summary>
    public static readonly HttpStatus Forbidden = new(403, "Forbidden");

    /// <summary>No such file under the root folder.</summary>
    public static readonly HttpStatus NotFound = new(404, "Not Found");

    /// <summary>The head is longer than <see cref="WebProtocol.MaxRequestHeadSize"/>.</summary>
    public static readonly HttpStatus HeadTooLarge = new(431, "Request Header Fields Too Large");

    /// <summary>The file exists but could not be read.</summary>
    public static readonly HttpStatus InternalServerError = new(500, "Internal Server Error");

    /// <summary>A method other than GET and HEAD.</summary>
    public static readonly HttpStatus NotImplemented = new(501, "Not Implemented");

    /// <summary>A version other than HTTP/1.x.</summary>
    public static readonly HttpStatus VersionNotSupported = new(505, "HTTP Version Not Supported");

    /// <inheritdoc />
    public override string ToString() => $"{Code} {Reason}";
}
