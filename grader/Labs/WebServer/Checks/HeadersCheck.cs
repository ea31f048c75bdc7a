using Grader.Checks;
using Grader.Labs.WebServer.Judges;
using Grader.Labs.WebServer.Probe;
using Grader.Results;
using Grader.Rubric;

namespace Grader.Labs.WebServer.Checks;

/// <summary>
/// The replies to a page and to a picture carry a right <c>Content-Length</c> and a <c>Content-Type</c> that fits each
/// file, and
/// well-formed headers ended by <c>\r\n\r\n</c> (robustness: the handout's skeleton sends neither header, and a browser
/// copes).
/// </summary>
public sealed class HeadersCheck : WebServerCheck
{
    /// <inheritdoc />
    public override string Kind => "headers";

    /// <inheritdoc />
    public override async Task<CheckOutcome> RunAsync(
        CheckSpec spec,
        ServerUnderTest server,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(server);
        // The page and the picture: a Content-Type right for one file is not yet right for every file.
        foreach (var (name, file) in new[] { (TestSite.PageName, TestSite.Page), (TestSite.ImageName, TestSite.Image) })
        {
            var attempt = await HttpProbe.SendAsync(server, Get(server, name), "browser", cancellationToken);
            var outcome = await attempt.JudgeAsync(
                server,
                exchange => HttpJudge.JudgeFile(exchange, name, file),
                fault => HeaderFaults.Contains(fault),
                ""
            );
            if (outcome.Status != CheckStatus.Passed)
                return outcome;
        }
        return CheckOutcome.Pass(
            $"a right `Content-Length` and `Content-Type` for {TestSite.PageName} and {TestSite.ImageName}, in well-formed headers"
        );
    }
}
