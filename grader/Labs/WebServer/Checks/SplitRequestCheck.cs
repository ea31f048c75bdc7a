using Grader.Checks;
using Grader.Labs.WebServer.Judges;
using Grader.Labs.WebServer.Probe;
using Grader.Results;
using Grader.Rubric;

namespace Grader.Labs.WebServer.Checks;

/// <summary>
/// A request that arrives in three segments (the request line cut after <c>GET /</c>, then cut again before the
/// headers' end), each sent once the server has read the one before, is served as a whole request (robustness: the
/// handout's server reads one <c>recv</c> and takes it for the request).
/// </summary>
public sealed class SplitRequestCheck : WebServerCheck
{
    /// <inheritdoc />
    public override string Kind => "split-request";

    /// <inheritdoc />
    public override async Task<CheckOutcome> RunAsync(
        CheckSpec spec,
        ServerUnderTest server,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(server);
        var request = Get(server, TestSite.PageName);
        var firstCut = "GET /".Length;
        var segments = request.Segments(firstCut, request.Bytes.Length - firstCut - 2);
        var attempt = await HttpProbe.SendAsync(server, request, "browser", cancellationToken, segments);
        var shown = string.Join(" + ", segments.Select(s => $"{s.Length} bytes"));
        var outcome = await attempt.JudgeAsync(
            server,
            exchange => HttpJudge.JudgeFile(exchange, TestSite.PageName, TestSite.Page),
            Required,
            $"served {TestSite.PageName} for a request that came in three parts ({shown})"
        );
        return outcome.Status == CheckStatus.Failed
            ? outcome with
            {
                Message =
                    $"the request came in three parts ({shown}), each sent once the server had read the one before: {outcome.Message}; read until the empty line that ends the headers",
            }
            : outcome;
    }
}
