using Grader.Checks;
using Grader.Rubric;

namespace Grader.Labs.Lab1Sockets.Checks;

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
    public Task<CheckOutcome> RunAsync(CheckSpec spec, ServerUnderTest server, CancellationToken cancellationToken) =>
        SurvivingConnection.CheckAsync(
            server,
            "empty client",
            empty =>
            {
                using (empty)
                    server.Transcript.Note("the empty client closes without sending anything");
            },
            spec.Settings.Get(Message),
            "survived a client that closed without sending, and served the next one",
            next =>
                Task.FromResult(
                    $"after a client connected and closed without sending anything (recv returns b\"\"), the next client: {next.Message}"
                ),
            cancellationToken
        );
}
