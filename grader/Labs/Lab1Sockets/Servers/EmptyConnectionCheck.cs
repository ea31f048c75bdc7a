using Grader.Checks;
using Grader.Probes;
using Grader.Results;
using Grader.Rubric;

namespace Grader.Labs.Lab1Sockets.Servers;

/// <summary>A client that connects and closes without sending anything does not bring the server down.</summary>
public sealed class EmptyConnectionCheck : IServerCheck
{
    /// <summary>The next client's message, after the empty connection.</summary>
    public static readonly CheckSetting<string> Message = CheckSetting.Text(
        "message",
        "after an empty connection",
        "the next client's message, after the empty connection"
    );

    /// <inheritdoc />
    public string Kind => "empty-connection";

    /// <inheritdoc />
    public IReadOnlyList<CheckSetting> Settings => [Message];

    /// <inheritdoc />
    public bool AppliesTo(Role role) => role.IsServer && role.Transport == Rubric.Transport.Tcp;

    /// <inheritdoc />
    public async Task<CheckOutcome> RunAsync(
        CheckSpec spec,
        ServerUnderTest server,
        CancellationToken cancellationToken
    )
    {
        try
        {
            using var empty = await server.ConnectAsync("empty client", cancellationToken);
            server.Transcript.Note("the empty client closes without sending anything");
        }
        catch (ProbeException e)
        {
            return CheckOutcome.Fail(await server.ExplainAsync(e.Message));
        }
        var next = await server.ExchangeAsync("next client", spec.Settings.Get(Message), cancellationToken);
        var outcome = next.JudgeAnswered();
        return outcome.Status == CheckStatus.Passed
            ? CheckOutcome.Pass("survived a client that closed without sending, and served the next one")
            : outcome with
            {
                Message =
                    $"after a client connected and closed without sending anything (recv returns b\"\"), the next client: {outcome.Message}",
            };
    }
}
