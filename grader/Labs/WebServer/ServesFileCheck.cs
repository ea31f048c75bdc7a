using Grader.Checks;
using Grader.Checks.Servers;
using Grader.Rubric;

namespace Grader.Labs.WebServer;

/// <summary>
/// A <c>GET</c> of a page in the server's folder gets a status line, <c>200</c>, an empty line after the headers, the
/// page's exact bytes, and a close: what the handout asks. The page is plain ASCII with <c>\n</c> line endings, so the
/// skeleton's text-mode read sends it unchanged (its closing <c>\r\n</c> after the file is robustness).
/// </summary>
public sealed class ServesFileCheck : WebServerCheck
{
    /// <inheritdoc />
    public override string Kind => "serves-file";

    /// <inheritdoc />
    public override async Task<CheckOutcome> RunAsync(
        CheckSpec spec,
        ServerUnderTest server,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(server);
        var attempt = await HttpProbe.SendAsync(server, Get(server, TestSite.PageName), "browser", cancellationToken);
        return await attempt.JudgeAsync(
            server,
            exchange => HttpJudge.JudgeFile(exchange, TestSite.PageName, TestSite.Page),
            Required,
            $"served {TestSite.PageName} ({TestSite.Page.Length} bytes) whole after `HTTP/1.1 200 OK` and its headers",
            blocks: true
        );
    }
}
