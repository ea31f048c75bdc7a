using Grader.Results;
using Grader.Rubric;

namespace Grader.Checks.Servers;

/// <summary>After every earlier check, the server is still running and still answers.</summary>
public sealed class StaysUpCheck : IServerCheck
{
    /// <inheritdoc />
    public string Kind => "stays-up";

    /// <inheritdoc />
    public bool JudgesLongevity => true;

    /// <inheritdoc />
    public bool AppliesTo(Role role) => role.IsServer();

    /// <inheritdoc />
    public async Task<CheckOutcome> RunAsync(
        CheckSpec spec,
        ServerUnderTest server,
        CancellationToken cancellationToken
    )
    {
        var outcome = (
            await server.ExchangeAsync("client", spec.Message ?? "still there?", cancellationToken)
        ).JudgeAnswered();
        return outcome.Status == CheckStatus.Passed
            ? CheckOutcome.Pass($"still serving after {server.ServedClients - 1} earlier clients")
            : outcome;
    }
}
