using Grader.Checks;
using Grader.Labs.WebServer.Judges;

namespace Grader.Labs.WebServer.Probe;

/// <summary>One request the probe tried: the exchange, or why there was none (the connection was refused).</summary>
/// <param name="Request">What was to be sent.</param>
/// <param name="Exchange">What was sent and received, or null.</param>
/// <param name="Problem">Why nothing was exchanged, with how the server ended if it did; or null.</param>
public sealed record HttpAttempt(RawRequest Request, HttpExchange? Exchange, string? Problem)
{
    /// <summary>
    /// The check's outcome: <paramref name="judge"/>'s findings that <paramref name="counts"/> are its failure, in one
    /// message; none is a pass, said by <paramref name="passed"/>. A reply that never came, from a server still running,
    /// blocks the role's later checks when <paramref name="blocks"/> is set.
    /// </summary>
    public async Task<CheckOutcome> JudgeAsync(
        ServerUnderTest server,
        Func<HttpExchange, HttpVerdict> judge,
        Func<HttpFault, bool> counts,
        string passed,
        bool blocks = false
    )
    {
        ArgumentNullException.ThrowIfNull(server);
        ArgumentNullException.ThrowIfNull(judge);
        ArgumentNullException.ThrowIfNull(counts);
        if (Exchange is null)
            return CheckOutcome.Fail(Problem ?? "the request could not be sent");
        var findings = judge(Exchange).Where(counts);
        if (findings.Count == 0)
            return CheckOutcome.Pass(passed);
        // A reply that came whole is judged for itself, whatever became of the server after.
        var whole = Exchange is { Received.Length: > 0, End: ReplyEnd.Closed or ReplyEnd.LengthReached };
        var message = string.Join("; ", findings.Select(f => f.Message));
        if (Exchange.Received.Length == 0)
        {
            message = await server.ExplainAsync(message);
            if (blocks && Exchange.End == ReplyEnd.TimedOut && server.Program.IsRunning)
                return CheckOutcome.FailAndBlock(message);
        }
        return CheckOutcome.Fail(message) with { JudgedWhileServing = whole };
    }
}
