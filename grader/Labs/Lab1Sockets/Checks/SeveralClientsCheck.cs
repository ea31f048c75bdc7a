using Grader.Checks;
using Grader.Labs.Lab1Sockets.Probe;
using Grader.Results;
using Grader.Rubric;

namespace Grader.Labs.Lab1Sockets.Checks;

/// <summary>Several clients, one after another, each get their own reply.</summary>
public sealed class SeveralClientsCheck : IServerCheck
{
    private static readonly string[] Words = ["alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel"];

    /// <summary>How many clients, one after another.</summary>
    public static readonly CheckSetting<int> Clients = CheckSetting.WholeNumber(
        "clients",
        1,
        100,
        3,
        "how many clients, one after another"
    );

    /// <summary>What each client's message starts with, before its number.</summary>
    public static readonly CheckSetting<string> Message = CheckSetting.Text(
        "message",
        "client",
        "what each client's message starts with, before its number"
    );

    /// <inheritdoc />
    public string Kind => "several-clients";

    /// <inheritdoc />
    public IReadOnlyList<CheckSetting> Settings => [Clients, Message];

    /// <inheritdoc />
    public bool AppliesTo(Role role) => role.IsServer;

    /// <inheritdoc />
    public async Task<CheckOutcome> RunAsync(
        CheckSpec spec,
        ServerUnderTest server,
        CancellationToken cancellationToken
    )
    {
        var clients = spec.Settings.Get(Clients);
        var start = spec.Settings.Get(Message);
        for (var i = 1; i <= clients; i++)
        {
            var message = $"{start} {i} of {clients}: {Words[(i - 1) % Words.Length]}";
            var outcome = (await server.ExchangeAsync($"client {i}", message, cancellationToken)).JudgeAnswered();
            if (outcome.Status != CheckStatus.Passed)
                return outcome with { Message = $"client {i} of {clients}: {outcome.Message}" };
        }
        return CheckOutcome.Pass($"{clients} clients in a row each got their own reply");
    }
}
