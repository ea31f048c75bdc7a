using Grader.Checks;
using Grader.Checks.Clients;
using Grader.Labs.Lab1Sockets.Probe;
using Grader.Rubric;

namespace Grader.Labs.Lab1Sockets.Checks;

/// <summary>Robustness: the server answers only after a delay, and the client still prints the reply.</summary>
public sealed class SlowServerCheck : ISocketClientCheck
{
    /// <inheritdoc />
    public string Kind => "slow-server";

    /// <inheritdoc />
    public ProbeBehaviour Behaviour => ProbeBehaviour.SlowReply;

    /// <inheritdoc />
    public IReadOnlyList<CheckSetting> Settings =>
        [ClientRunSettings.Line, ClientRunSettings.Wait, ClientRunSettings.ReplyDelay];

    /// <inheritdoc />
    public bool AppliesTo(Role role) => !role.IsServer;

    /// <inheritdoc />
    public CheckOutcome Judge(CheckSpec spec, ClientRun run)
    {
        var delay = $"{run.Scenario.Delay.TotalSeconds:0.#} s";
        if (run.Exit.StandardOutput.Contains(run.Token, StringComparison.Ordinal))
            return CheckOutcome.Pass($"waited for a reply that came after {delay} and printed it");
        return CheckOutcome.Fail(
            run.Exit.ExitedByItself
                ? $"the server replied after {delay}, but the client {ProgramDiagnosis.HowItEnded(run.Exit)} without printing the reply: a timeout shorter than a slow server's answer?"
                : $"the server replied after {delay}, but the client never printed the reply and {ProgramDiagnosis.HowItEnded(run.Exit)}"
        );
    }
}
