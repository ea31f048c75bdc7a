using Grader.Checks;
using Grader.Labs.WebServer.Judges;
using Grader.Labs.WebServer.Probe;
using Grader.Rubric;

namespace Grader.Labs.WebServer.Checks;

/// <summary>
/// After every earlier check, the same server process still serves the page: a server that exits after one request,
/// or dies of one, fails here (the grader charges a death between checks to this check).
/// </summary>
public sealed class KeepsServingCheck : WebServerCheck
{
    /// <inheritdoc />
    public override string Kind => "keeps-serving";

    /// <inheritdoc />
    public override bool JudgesLongevity => true;

    /// <inheritdoc />
    public override async Task<CheckOutcome> RunAsync(
        CheckSpec spec,
        ServerUnderTest server,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(server);
        var earlier = server.ServedClients;
        var attempt = await HttpProbe.SendAsync(server, Get(server, TestSite.PageName), "browser", cancellationToken);
        return await attempt.JudgeAsync(
            server,
            exchange => HttpJudge.JudgeFile(exchange, TestSite.PageName, TestSite.Page),
            // Whether the reply is right is serves-file's to say: here, only that one comes.
            fault => fault == HttpFault.NoReply,
            $"still serving after {earlier} earlier requests"
        );
    }
}
