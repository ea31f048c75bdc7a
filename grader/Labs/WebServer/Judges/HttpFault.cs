namespace Grader.Labs.WebServer.Judges;

/// <summary>
/// A fact the judge found about a web server's reply. Facts only: which of them a grade requires is the rubric's
/// choice (<see cref="WebServerHandout"/> says which the textbook's handout asks for).
/// </summary>
public enum HttpFault
{
    /// <summary>The server closed, reset or kept the connection without sending a single byte.</summary>
    NoReply,

    /// <summary>The server reset the connection (RST) after its reply instead of closing it.</summary>
    Reset,

    /// <summary>The server kept the connection open with nothing to end the body: no close, and no
    /// <c>Content-Length</c> or one the body never reached.</summary>
    NeverClosed,

    /// <summary>The reply does not start with a status line: the file or other text came first.</summary>
    NoStatusLine,

    /// <summary>The first line tries to be a status line but is not <c>HTTP/1.1 &lt;code&gt; &lt;reason&gt;</c>.</summary>
    MalformedStatusLine,

    /// <summary>The headers end with <c>\n\n</c>, not <c>\r\n\r\n</c>: accepted, but noted.</summary>
    HeaderEndBareLf,

    /// <summary>No empty line follows the headers, so the body cannot be told from them.</summary>
    NoBlankLine,

    /// <summary>A line among the headers is not <c>Name: value</c>.</summary>
    MalformedHeader,

    /// <summary>No <c>Content-Length</c> header.</summary>
    MissingContentLength,

    /// <summary>A <c>Content-Length</c> that is not the file's size in bytes, or not a number.</summary>
    WrongContentLength,

    /// <summary>The server stopped sending before the body reached its own <c>Content-Length</c>.</summary>
    ShortOfLength,

    /// <summary>No <c>Content-Type</c> header.</summary>
    MissingContentType,

    /// <summary>A <c>Content-Type</c> that does not match the file's extension.</summary>
    WrongContentType,

    /// <summary>A status other than 200 for a file that exists.</summary>
    WrongStatus,

    /// <summary>The body is not the file, nor the file changed by text mode.</summary>
    BodyDiffers,

    /// <summary>The body is the file with its line endings or encoding changed: it was read in text mode.</summary>
    BodyTextMode,

    /// <summary>The body is the file followed by line endings only (the skeleton's closing <c>\r\n</c>).</summary>
    ExtraBytesAfterFile,

    /// <summary>The body is the file followed by more than line endings: the file again, a second reply, another
    /// page.</summary>
    BodyLongerThanFile,

    /// <summary>The body is only the start of the file.</summary>
    BodyCutShort,

    /// <summary>200 for a file that does not exist.</summary>
    FoundForMissingFile,

    /// <summary>A status other than 200 and 404 for a file that does not exist.</summary>
    WrongStatusForMissing,

    /// <summary>A 404 with no body, which a browser shows as an empty page.</summary>
    NoBodyOn404,

    /// <summary>A file outside the server's folder served for a path with <c>..</c> in it.</summary>
    ServedOutsideRoot,

    /// <summary>A success status for a method other than <c>GET</c>.</summary>
    ServedOtherMethod,
}
