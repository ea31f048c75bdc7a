using Grader.Checks;
using Grader.Labs.Lab1Sockets.Judges;
using Grader.Labs.Lab1Sockets.Probe;
using Grader.Probes;
using Grader.Results;
using Grader.Rubric;

namespace Grader.Labs.Lab1Sockets.Checks;

/// <summary>
/// Concurrency: while one client is connected and sends nothing, a second client is served promptly, and so is
/// a tenth while nine are idle. A sequential server is stuck reading the first idle client, so the next one
/// waits: that is how the two kinds of server are told apart. Every idle client is served once it speaks.
/// </summary>
public sealed class IdleClientCheck : IServerCheck
{
    /// <summary>How many clients are idle at the second stage.</summary>
    public static readonly CheckSetting<int> Clients = CheckSetting.WholeNumber(
        "clients",
        1,
        100,
        9,
        "how many clients are idle when the last one is served (first 1, then this many)"
    );

    /// <summary>The message of the client served beside the idle ones.</summary>
    public static readonly CheckSetting<string?> Message = CheckSetting.OptionalText(
        "message",
        "the message of the client served beside the idle ones (default: served beside N idle)"
    );

    /// <inheritdoc />
    public string Kind => "idle-clients";

    /// <inheritdoc />
    public IReadOnlyList<CheckSetting> Settings => [Clients, Message];

    /// <inheritdoc />
    public bool AppliesTo(Role role) => role.IsServer && role.Transport == Rubric.Transport.Tcp;

    /// <inheritdoc />
    public async Task<CheckOutcome> RunAsync(
        CheckSpec spec,
        ServerUnderTest server,
        CancellationToken cancellationToken
    )
    {
        var mostIdle = spec.Settings.Get(Clients);
        var idle = new List<TcpConnection>();
        try
        {
            foreach (var stage in new[] { 1, mostIdle }.Distinct())
            {
                while (idle.Count < stage)
                {
                    try
                    {
                        idle.Add(await server.ConnectAsync($"idle {idle.Count + 1}", cancellationToken));
                    }
                    catch (ProbeException e)
                    {
                        return CheckOutcome.Fail(
                            await server.ExplainAsync($"connecting idle client {idle.Count + 1}: {e.Message}")
                        );
                    }
                }
                server.Transcript.Note($"{stage} client{(stage == 1 ? " is" : "s are")} connected and idle");
                var outcome = await ServeOneMoreAsync(
                    server,
                    stage,
                    spec.Settings.Get(Message) ?? $"served beside {stage} idle",
                    cancellationToken
                );
                if (outcome is not null)
                    return outcome;
            }

            // Every idle client, once it speaks (one after another: speaking at once is another check's business), gets
            // its own reply.
            for (var i = 0; i < idle.Count; i++)
            {
                var outcome = (
                    await server.SendAndReadAsync(
                        idle[i],
                        Messages.ForClient(i + 1, idle.Count, "idle"),
                        cancellationToken
                    )
                ).JudgeAnswered();
                if (outcome.Status != CheckStatus.Passed)
                    return outcome with
                    {
                        Message = $"once the idle clients spoke, idle client {i + 1}: {outcome.Message}",
                    };
            }
            return CheckOutcome.Pass(
                $"served a client promptly while 1, then {mostIdle}, others were idle; then served each idle one"
            );
        }
        finally
        {
            foreach (var connection in idle)
                connection.Dispose();
        }
    }

    // Null when a client was served promptly beside the idle ones; else the failure.
    private static async Task<CheckOutcome?> ServeOneMoreAsync(
        ServerUnderTest server,
        int idleCount,
        string message,
        CancellationToken cancellationToken
    )
    {
        var peer = idleCount == 1 ? "second client" : $"client {idleCount + 1}";
        TcpConnection connection;
        try
        {
            connection = await server.ConnectAsync(peer, cancellationToken);
        }
        catch (ProbeException e)
        {
            return CheckOutcome.Fail(
                await server.ExplainAsync($"the {peer}, while {idleCount} were idle: {e.Message}")
            );
        }
        using (connection)
        {
            var wait = server.Timeouts.Concurrency;
            var exchange = await server.SendAndReadAsync(
                connection,
                message,
                cancellationToken,
                wait,
                diagnoseSilence: false,
                othersQuiet: true
            );
            if (exchange.Reply is null && server.Program.IsRunning)
                return CheckOutcome.Fail(
                    $"while {(idleCount == 1 ? "a first client was" : $"{idleCount} clients were")} connected and idle, the {peer} got no reply"
                        + (
                            exchange.Hang is { } hang
                                ? $", and never would (the server {hang}, as the kernel shows): "
                                : $" within {wait.TotalSeconds:0.#} s: "
                        )
                        + (
                            idleCount == 1
                                ? "the server serves one client at a time (sequential); serve each connection in a thread of its own"
                                // Stage one passed: a second client was served beside an idle one, so the server is not
                                // sequential, only limited (a fixed pool of threads, say).
                                : "the server served a second client beside one idle client, so it serves only a few clients at once (a fixed pool of threads?); serve each connection in a thread of its own"
                        )
                );
            var outcome = exchange.JudgeAnswered();
            return outcome.Status == CheckStatus.Passed
                ? null
                : outcome with
                {
                    Message = $"the {peer}, while {idleCount} were idle: {outcome.Message}",
                };
        }
    }
}
