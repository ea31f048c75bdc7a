namespace Grader.Labs.WebServer.Judges;

/// <summary>
/// Which faults the textbook's handout (Kurose and Ross, chapter 2, the web server assignment) rules out, and which are
/// robustness a rubric may grade separately. The handout's skeleton sends <c>HTTP/1.1 200 OK\r\n\r\n</c>, the file and
/// a closing <c>\r\n</c>, with no <c>Content-Type</c> or <c>Content-Length</c>, and closes: it must pass every
/// required fault. The page's exact bytes are required: line endings after the file (the skeleton's <c>\r\n</c>) are
/// robustness, anything more after it is not.
/// </summary>
public static class WebServerHandout
{
    private static readonly HashSet<HttpFault> Required =
    [
        HttpFault.NoReply,
        HttpFault.NeverClosed,
        HttpFault.NoStatusLine,
        HttpFault.MalformedStatusLine,
        HttpFault.NoBlankLine,
        HttpFault.WrongStatus,
        HttpFault.BodyDiffers,
        HttpFault.BodyCutShort,
        HttpFault.BodyLongerThanFile,
        HttpFault.FoundForMissingFile,
        HttpFault.WrongStatusForMissing,
    ];

    /// <summary>Whether the handout asks for what <paramref name="fault"/> breaks; otherwise it is
    /// robustness.</summary>
    public static bool Requires(HttpFault fault) => Required.Contains(fault);
}
