using Grader.Results;
using Grader.Rubric;

namespace Grader.Checks.Servers;

/// <summary>Several clients, one after another, each get their own reply.</summary>
public sealed class SeveralClientsCheck : IServerCheck
{
    private static readonly string[] Words =
    [
        "alpha",
        "bravo",
        "charlie",
        "delta",
        "echo",
        "foxtrot",
        "golf",
        "hotel",
    ];

    /// <inheritdoc />
    public string Kind => "several-clients";

    /// <inheritdoc />
    public bool AppliesTo(Role role) => role.IsServer();

    /// <inheritdoc />
    public async Task<CheckOutcome> RunAsync(
        CheckSpec spec,
        ServerUnderTest server,
        CancellationToken cancellationToken
    )
    {
        var clients = spec.Clients ?? 3;
        for (var i = 1; i <= clients; i++)
        {
            var message =
                $"{spec.Message ?? "client"} {i} of {clients}: {Words[(i - 1) % Words.Length]}";
            var outcome = (
                await server.ExchangeAsync($"client {i}", message, cancellationToken)
            ).JudgeAnswered();
            if (outcome.Status != CheckStatus.Passed)
                return outcome with { Message = $"client {i} of {clients}: {outcome.Message}" };
        }
        return CheckOutcome.Pass($"{clients} clients in a row each got their own reply");
    }
}
