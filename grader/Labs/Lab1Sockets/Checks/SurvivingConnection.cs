using Grader.Checks;
using Grader.Labs.Lab1Sockets.Probe;
using Grader.Probes;
using Grader.Results;

namespace Grader.Labs.Lab1Sockets.Checks;

/// <summary>Connects a client that misbehaves before it sends its request, waits until the server is done with it, then
/// has the next client send a message, and expects that message answered.</summary>
internal static class SurvivingConnection
{
    /// <summary>
    /// Connects <paramref name="peer"/>, which does <paramref name="misbehave"/> with its connection, then exchanges
    /// <paramref name="message"/> from the next client: a pass saying <paramref name="survived"/> when it is answered,
    /// else that failure as <paramref name="failure"/> tells it.
    /// </summary>
    public static async Task<CheckOutcome> CheckAsync(
        ServerUnderTest server,
        string peer,
        Action<TcpConnection> misbehave,
        string message,
        string survived,
        Func<CheckOutcome, Task<string>> failure,
        CancellationToken cancellationToken
    )
    {
        int probePort;
        try
        {
            var connection = await server.ConnectAsync(peer, cancellationToken);
            probePort = connection.LocalPort;
            misbehave(connection);
        }
        catch (ProbeException e)
        {
            return CheckOutcome.Fail(await server.ExplainAsync(e.Message));
        }
        // Until the server has closed the misbehaving connection (or at most its reply deadline): a concurrent server
        // whose threads share what they read would otherwise cross the two clients' requests, a fault of serving two at
        // once that the concurrency checks report, not this one.
        await server.WaitUntilServerClosedAsync(probePort, server.Timeouts.Reply, cancellationToken);
        var next = await server.ExchangeAsync("next client", message, cancellationToken);
        var outcome = next.JudgeAnswered();
        return outcome.Status == CheckStatus.Passed
            ? CheckOutcome.Pass(survived)
            : outcome with
            {
                Message = await failure(outcome),
            };
    }
}
