using Grader.Checks;
using Grader.Checks.Servers;
using Grader.Rubric;

namespace Grader.Labs.WebServer;

/// <summary>The <c>404</c> reply carries a page to show, not an empty body (robustness: a browser shows an empty
/// page).</summary>
public sealed class NotFoundPageCheck : WebServerCheck
{
    /// <inheritdoc />
    public override string Kind => "not-found-page";

    /// <inheritdoc />
    public override async Task<CheckOutcome> RunAsync(
        CheckSpec spec,
        ServerUnderTest server,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(server);
        var attempt = await HttpProbe.SendAsync(
            server,
            Get(server, TestSite.MissingName),
            "browser",
            cancellationToken
        );
        return await attempt.JudgeAsync(
            server,
            HttpJudge.JudgeMissing,
            fault => fault == HttpFault.NoBodyOn404 || Required(fault),
            "the 404 reply carries a page for the browser to show"
        );
    }
}
