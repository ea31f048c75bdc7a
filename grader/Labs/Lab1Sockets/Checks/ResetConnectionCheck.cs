using Grader.Checks;
using Grader.Rubric;

namespace Grader.Labs.Lab1Sockets.Checks;

/// <summary>
/// A client that connects and resets its connection (RST) before its request is complete does not bring the server
/// down. The lecture's server, as printed, dies here (ConnectionResetError): a robust one catches ConnectionError per
/// client. The probe sends nothing before the reset: with bytes sent first, whether the lecture's server dies would
/// depend on whether its send ran before the reset arrived (it survived 1 run in 20), and verdicts must not be luck.
/// </summary>
public sealed class ResetConnectionCheck : IServerCheck
{
    /// <summary>The next client's message, after the reset.</summary>
    public static readonly CheckSetting<string> Message = CheckSetting.Text(
        "message",
        "after a reset",
        "the next client's message, after the reset"
    );

    /// <inheritdoc />
    public string Kind => "reset-connection";

    /// <inheritdoc />
    public IReadOnlyList<CheckSetting> Settings => [Message];

    /// <inheritdoc />
    public bool AppliesTo(Role role) => role.IsServer && role.Transport == Rubric.Transport.Tcp;

    /// <inheritdoc />
    public Task<CheckOutcome> RunAsync(CheckSpec spec, ServerUnderTest server, CancellationToken cancellationToken) =>
        SurvivingConnection.CheckAsync(
            server,
            "resetting client",
            rude => rude.Reset(),
            spec.Settings.Get(Message),
            "survived a client that reset its connection mid-request, and served the next one",
            // Whether the next client found the port closed or its connection reset depends only on when the dying
            // server was scheduled: the death is the fault, told the same way every time.
            async next =>
                await server.HowItEndedAsync() is { } ended
                    ? $"after a client connected and reset its connection before sending its request, {ended}. Catch ConnectionError around each client's exchange"
                    : $"after a client connected and reset its connection before sending its request, the next client: {next.Message}. Catch ConnectionError around each client's exchange",
            cancellationToken
        );
}
