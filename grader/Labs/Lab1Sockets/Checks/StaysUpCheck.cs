using Grader.Checks;
using Grader.Labs.Lab1Sockets.Probe;
using Grader.Results;
using Grader.Rubric;

namespace Grader.Labs.Lab1Sockets.Checks;

/// <summary>After every earlier check, the server is still running and still answers.</summary>
public sealed class StaysUpCheck : IServerCheck
{
    /// <summary>The message sent after every earlier check.</summary>
    public static readonly CheckSetting<string> Message = CheckSetting.Text(
        "message",
        "still there?",
        "the message sent after every earlier check"
    );

    /// <inheritdoc />
    public string Kind => "stays-up";

    /// <inheritdoc />
    public IReadOnlyList<CheckSetting> Settings => [Message];

    /// <inheritdoc />
    public bool JudgesLongevity => true;

    /// <inheritdoc />
    public bool AppliesTo(Role role) => role.IsServer;

    /// <inheritdoc />
    public async Task<CheckOutcome> RunAsync(
        CheckSpec spec,
        ServerUnderTest server,
        CancellationToken cancellationToken
    )
    {
        var outcome = (
            await server.ExchangeAsync("client", spec.Settings.Get(Message), cancellationToken)
        ).JudgeAnswered();
        return outcome.Status == CheckStatus.Passed
            ? CheckOutcome.Pass($"still serving after {server.ServedClients - 1} earlier clients")
            : outcome;
    }
}
