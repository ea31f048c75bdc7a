using Grader.Checks;
using Grader.Labs.Lab1Sockets.Probe;
using Grader.Probes;
using Grader.Results;

namespace Grader.Labs.Lab1Sockets.Checks;

/// <summary>Connects a client that misbehaves before it sends its request, then has the next client send a message,
/// and expects that message answered.</summary>
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
        try
        {
            misbehave(await server.ConnectAsync(peer, cancellationToken));
        }
        catch (ProbeException e)
        {
            return CheckOutcome.Fail(await server.ExplainAsync(e.Message));
        }
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
