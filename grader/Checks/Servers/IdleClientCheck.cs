using Grader.Rubric;

namespace Grader.Checks.Servers;

/// <summary>
/// Concurrency: while one client is connected and sends nothing, a second client is served promptly.
/// A sequential server is stuck reading the first client, so the second waits: that is how the two are told apart.
/// </summary>
public sealed class IdleClientCheck : IServerCheck
{
    /// <inheritdoc />
    public string Kind => "idle-client";

    /// <inheritdoc />
    public bool AppliesTo(Role role) => role.IsServer() && role.Transport() == Sandboxes.Transport.Tcp;

    /// <inheritdoc />
    public async Task<CheckOutcome> RunAsync(CheckSpec spec, ServerUnderTest server, CancellationToken cancellationToken)
    {
        Probes.TcpConnection idle;
        try
        {
            idle = await server.ConnectAsync("idle client", cancellationToken);
        }
        catch (Probes.ProbeException e)
        {
            return CheckOutcome.Fail(await server.ExplainAsync(e.Message));
        }
        using (idle)
        {
            server.Transcript.Note("the idle client stays connected and sends nothing");
            var outcome = await SecondClientAsync(spec, server, cancellationToken);
            if (outcome.Status != CheckStatus.Passed) return outcome;

            // The idle client must still be served once it speaks.
            var lateOutcome = (await server.SendAndReadAsync(idle, "now me", cancellationToken)).JudgeAnswered();
            return lateOutcome.Status == CheckStatus.Passed
                ? CheckOutcome.Pass("a second client was served while the first was idle, and the first was served when it spoke")
                : CheckOutcome.Fail($"the second client was served, but then the idle client: {lateOutcome.Message}");
        }
    }

    private static async Task<CheckOutcome> SecondClientAsync(CheckSpec spec, ServerUnderTest server, CancellationToken cancellationToken)
    {
        Probes.TcpConnection second;
        try
        {
            second = await server.ConnectAsync("second client", cancellationToken);
        }
        catch (Probes.ProbeException e)
        {
            return CheckOutcome.Fail(await server.ExplainAsync($"a second client, while the first was idle: {e.Message}"));
        }
        using (second)
        {
            var wait = server.Timeouts.Concurrency;
            var exchange = await server.SendAndReadAsync(second, spec.Message ?? "am I served?", cancellationToken, wait, diagnoseSilence: false);
            if (exchange.Reply is null && server.Program.IsRunning)
                return CheckOutcome.Fail($"while a first client was connected and idle, a second client got no reply within {wait.TotalSeconds:0.#} s: the server serves one client at a time (sequential); serve each connection in a thread of its own");
            var outcome = exchange.JudgeAnswered();
            return outcome.Status == CheckStatus.Passed ? outcome : CheckOutcome.Fail($"a second client, while the first was idle: {outcome.Message}");
        }
    }
}
