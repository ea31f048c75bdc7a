using Grader.Rubric;

namespace Grader.Checks.Servers;

/// <summary>The server replies with the message upper-cased.</summary>
public sealed class UppercaseCheck : IServerCheck
{
    /// <inheritdoc />
    public string Kind => "uppercase";

    /// <inheritdoc />
    public bool AppliesTo(Role role) => role.IsServer();

    /// <inheritdoc />
    public async Task<CheckOutcome> RunAsync(CheckSpec spec, ServerUnderTest server, CancellationToken cancellationToken) =>
        (await server.ExchangeAsync("client", spec.Message ?? "hello, sockets 123!", cancellationToken)).Judge();
}
