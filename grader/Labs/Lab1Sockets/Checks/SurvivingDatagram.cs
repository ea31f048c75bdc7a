using System.Text;
using Grader.Checks;
using Grader.Labs.Lab1Sockets.Judges;
using Grader.Results;

namespace Grader.Labs.Lab1Sockets.Checks;

/// <summary>Sends an odd datagram, then a normal one from the same client, and expects the normal one
/// answered.</summary>
internal static class SurvivingDatagram
{
    public static async Task<CheckOutcome> CheckAsync(
        ServerUnderTest server,
        byte[] odd,
        string what,
        string message,
        CancellationToken cancellationToken
    )
    {
        using var client = await server.OpenUdpAsync("client");
        await client.SendAsync(odd, server.Port, cancellationToken);
        await client.SendAsync(Encoding.UTF8.GetBytes(message), server.Port, cancellationToken);
        // The odd datagram may be answered (an empty reply to an empty one), or not; the normal one must be.
        for (var datagram = 0; datagram < 2; datagram++)
        {
            var reply = await client.ReceiveAsync(server.Timeouts.Reply, cancellationToken, server.Program.Exited);
            if (reply is null)
                break;
            var outcome = new Exchange(message, reply.Bytes, null).JudgeAnswered();
            if (outcome.Status == CheckStatus.Passed)
                return CheckOutcome.Pass($"survived {what} and answered the next datagram");
        }
        return CheckOutcome.FailAndBlock(
            await server.ExplainAsync(
                $"after {what}, the server did not answer the next datagram {Exchange.Quote(message)}{server.WithinReplyDeadline}"
            )
        );
    }
}
