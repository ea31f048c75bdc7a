using Grader.Checks;
using Grader.Labs.Lab1Sockets.Judges;
using Grader.Labs.Lab1Sockets.Probe;
using Grader.Probes;
using Grader.Results;
using Grader.Rubric;

namespace Grader.Labs.Lab1Sockets.Checks;

/// <summary>
/// Many clients at once (20 by default) each get their own correct reply: no reply crosses to another client.
/// The clients connect one by one, each once the server's accept queue has room, then all send at the same moment:
/// the lecture's <c>listen(5)</c> drops connections that find the queue full, and the kernel retries them only
/// a second later, which would make a correct server look slow.
/// </summary>
public sealed class SimultaneousClientsCheck : IServerCheck
{
    private const int RoomyQueue = 3;

    /// <summary>How many clients send at once.</summary>
    public static readonly CheckSetting<int> Clients = CheckSetting.WholeNumber(
        "clients",
        1,
        100,
        20,
        "how many clients send at once"
    );

    /// <inheritdoc />
    public string Kind => "simultaneous-clients";

    /// <inheritdoc />
    public IReadOnlyList<CheckSetting> Settings => [Clients];

    /// <inheritdoc />
    public bool AppliesTo(Role role) => role.IsServer && role.Transport == Rubric.Transport.Tcp;

    /// <inheritdoc />
    public async Task<CheckOutcome> RunAsync(
        CheckSpec spec,
        ServerUnderTest server,
        CancellationToken cancellationToken
    )
    {
        var count = spec.Settings.Get(Clients);
        var connections = new List<TcpConnection>();
        try
        {
            for (var i = 1; i <= count; i++)
            {
                if (await WaitForRoomAsync(server, cancellationToken) is { } full)
                    return CheckOutcome.Fail(
                        $"after {i - 1} clients connected, {full} more waited in the server's accept queue for {server.Timeouts.Concurrency.TotalSeconds:0.#} s: the server stopped accepting connections"
                    );
                try
                {
                    connections.Add(await server.ConnectAsync($"client {i}", cancellationToken));
                }
                catch (ProbeException e)
                {
                    return CheckOutcome.Fail(
                        await server.ExplainAsync($"connecting client {i} of {count}: {e.Message}")
                    );
                }
            }
            server.Transcript.Note($"{count} clients connected; all send now");
            var exchanges = await Task.WhenAll(
                connections.Select(
                    (c, i) =>
                        server.SendAndReadAsync(
                            c,
                            Messages.ForClient(i + 1, count),
                            cancellationToken,
                            diagnoseSilence: false
                        )
                )
            );
            for (var i = 0; i < exchanges.Length; i++)
            {
                var outcome = exchanges[i].JudgeAnswered();
                if (outcome.Status == CheckStatus.Passed)
                    continue;
                var crossed = exchanges[i].Reply is { } reply ? CrossedWith(exchanges, reply) : null;
                return crossed is null
                    ? outcome with
                    {
                        Message = $"client {i + 1} of {count}, all sending at once: {outcome.Message}",
                    }
                    : CheckOutcome.Fail(
                        $"client {i + 1} of {count} received the reply meant for client {crossed}: replies crossed between clients (do threads share a variable?)"
                    );
            }
            return CheckOutcome.Pass($"{count} clients sending at once each got their own reply");
        }
        finally
        {
            foreach (var connection in connections)
                connection.Dispose();
        }
    }

    private static int? CrossedWith(Exchange[] exchanges, byte[] reply)
    {
        var text = System.Text.Encoding.UTF8.GetString(reply).Trim();
        var match = Array.FindIndex(exchanges, e => string.Equals(e.Message, text, StringComparison.OrdinalIgnoreCase));
        return match < 0 ? null : match + 1;
    }

    // Null once the accept queue has room (or the sandbox cannot tell); else how many connections wait.
    private static async Task<int?> WaitForRoomAsync(ServerUnderTest server, CancellationToken cancellationToken)
    {
        var clock = server.Program.Clock.StartNew();
        var poll = TimeSpan.FromMilliseconds(1);
        while (server.AcceptQueue() is { } queued && queued >= RoomyQueue)
        {
            if (clock.HasReached(server.Timeouts.Concurrency))
                return queued;
            await Task.Delay(poll, cancellationToken);
            poll = TimeSpan.FromTicks(Math.Min(poll.Ticks * 2, TimeSpan.FromMilliseconds(10).Ticks));
        }
        return null;
    }
}
