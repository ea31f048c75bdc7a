using System.Text;
using Grader.Checks;
using Grader.Labs.Lab1Sockets.Judges;
using Grader.Probes;
using Grader.Results;
using Grader.Rubric;

namespace Grader.Labs.Lab1Sockets.Checks;

/// <summary>
/// UDP: two clients on different ports send interleaved datagrams (A, B, A, B) and each gets its own replies at its
/// own address. A server that answers a remembered or fixed address, instead of each datagram's sender, fails here.
/// </summary>
public sealed class TwoClientsCheck : IServerCheck
{
    /// <inheritdoc />
    public string Kind => "two-clients";

    /// <inheritdoc />
    public bool AppliesTo(Role role) => role.IsServer && role.Transport == Rubric.Transport.Udp;

    /// <inheritdoc />
    public async Task<CheckOutcome> RunAsync(
        CheckSpec spec,
        ServerUnderTest server,
        CancellationToken cancellationToken
    )
    {
        using var a = await server.OpenUdpAsync("client A");
        using var b = await server.OpenUdpAsync("client B");
        var sent = new Dictionary<UdpProbeClient, List<string>> { [a] = [], [b] = [] };
        foreach (
            var (client, text) in new[]
            {
                (a, "from a, first"),
                (b, "from b, first"),
                (a, "from a, second"),
                (b, "from b, second"),
            }
        )
        {
            await client.SendAsync(Encoding.UTF8.GetBytes(text), server.Port, cancellationToken);
            sent[client].Add(text);
        }
        foreach (var (client, name, other) in new[] { (a, "A", b), (b, "B", a) })
        {
            foreach (var expected in sent[client])
            {
                var reply = await client.ReceiveAsync(server.Timeouts.Reply, cancellationToken, server.Program.Exited);
                if (reply is null)
                    return CheckOutcome.Fail(
                        await server.ExplainAsync(
                            $"client {name} (port {client.LocalEndPoint.Port}) got no reply to {Exchange.Quote(expected)}{server.WithinReplyDeadline}; reply to each datagram's own sender address"
                        )
                    );
                var outcome = new Exchange(expected, reply.Bytes, null).JudgeAnswered();
                if (outcome.Status == CheckStatus.Passed)
                    continue;
                var meantForOther = sent[other]
                    .Any(t =>
                        string.Equals(reply.Text.Trim(), t, StringComparison.OrdinalIgnoreCase)
                        || UpperCasing.AcceptedForms(t).Contains(reply.Text)
                    );
                return CheckOutcome.Fail(
                    meantForOther
                        ? $"client {name} received {Exchange.Quote(reply.Text)}, the reply meant for the other client: reply to the address each datagram came from (recvfrom's address)"
                        : $"client {name}: {outcome.Message}"
                );
            }
        }
        return CheckOutcome.Pass(
            "two clients sending interleaved datagrams each got their own replies at their own address"
        );
    }
}
