using Grader.Checks;
using Grader.Labs.WebServer.Judges;
using Grader.Labs.WebServer.Probe;
using Grader.Rubric;

namespace Grader.Labs.WebServer.Checks;

/// <summary>
/// A check that sends one request on a connection of its own and judges the reply: most of the lab's checks, each one
/// row of <see cref="WebServerLab"/>'s list, differing only in what they ask for and which faults are theirs.
/// </summary>
/// <param name="kind">The name assignment files use for it.</param>
/// <param name="request">The request, for the server's <c>Host</c> (<c>localhost:6789</c>).</param>
/// <param name="judge">How the reply is judged (<see cref="HttpJudge"/>).</param>
/// <param name="counts">Which of the judge's faults are this check's failure.</param>
/// <param name="passed">What a pass says.</param>
public sealed class OneRequestCheck(
    string kind,
    Func<string, RawRequest> request,
    Func<HttpExchange, HttpVerdict> judge,
    Func<HttpFault, bool> counts,
    string passed
) : WebServerCheck
{
    /// <inheritdoc />
    public override string Kind => kind;

    /// <summary>Whether a server that never answers makes the role's later checks pointless (the first check's
    /// say).</summary>
    public bool BlocksLaterChecks { get; init; }

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
            request($"localhost:{server.Port}"),
            "browser",
            cancellationToken
        );
        return await attempt.JudgeAsync(server, judge, counts, passed, BlocksLaterChecks);
    }
}
