using Grader.Checks.Servers;
using Grader.Rubric;

namespace Grader.Checks.Clients;

/// <summary>Robustness: the server answers only after a delay, and the client still prints the reply.</summary>
public sealed class SlowServerCheck : IClientCheck
{
    /// <inheritdoc />
    public string Kind => "slow-server";

    /// <inheritdoc />
    public ProbeBehaviour Behaviour => ProbeBehaviour.SlowReply;

    /// <inheritdoc />
    public IReadOnlyList<CheckSetting> Settings =>
        [ClientRunSettings.Line, ClientRunSettings.Wait, ClientRunSettings.ReplyDelay];

    /// <inheritdoc />
    public bool AppliesTo(Role role) => !role.IsServer();

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

/// <summary>
/// Robustness, UDP: the first reply is lost. A client that retries, or gives up after a timeout with a clear
/// message, scores; one that waits forever is stopped at the deadline and loses only these points.
/// </summary>
public sealed class LostReplyCheck : IClientCheck
{
    /// <inheritdoc />
    public string Kind => "lost-reply";

    /// <inheritdoc />
    public ProbeBehaviour Behaviour => ProbeBehaviour.LoseFirstReply;

    /// <inheritdoc />
    public bool AppliesTo(Role role) => role == Role.UdpClient;

    /// <inheritdoc />
    public CheckOutcome Judge(CheckSpec spec, ClientRun run)
    {
        if (run.Exit.StandardOutput.Contains(run.Token, StringComparison.Ordinal))
            return CheckOutcome.Pass(
                $"sent again after the lost reply ({run.Requests} datagrams) and printed the answer"
            );
        if (!run.Exit.ExitedByItself)
            return CheckOutcome.Fail(
                $"the first reply was lost and the client waited for it until it was stopped after {run.Scenario.Deadline.TotalSeconds:0.#} s: "
                    + "UDP may lose datagrams; set a timeout (settimeout) and retry or report the loss"
            );
        if (ClientMessages.HasStackTrace(run.Exit))
            return CheckOutcome.Fail(
                $"the first reply was lost and the client crashed: {ProgramDiagnosis.HowItEnded(run.Exit)}; catch the timeout and print a clear message"
            );
        return ClientMessages.LastLine(run.Exit) is { } said
            ? CheckOutcome.Pass($"gave up on the lost reply with a message: {Exchange.Quote(said)}")
            : CheckOutcome.Fail(
                "the first reply was lost and the client exited without saying anything: print what went wrong"
            );
    }
}

/// <summary>Robustness: no server is running, and the client says so clearly instead of crashing with a traceback or
/// hanging.</summary>
public sealed class NoServerCheck : IClientCheck
{
    /// <inheritdoc />
    public string Kind => "no-server";

    /// <inheritdoc />
    public ProbeBehaviour Behaviour => ProbeBehaviour.Absent;

    /// <inheritdoc />
    public bool AppliesTo(Role role) => !role.IsServer();

    /// <inheritdoc />
    public CheckOutcome Judge(CheckSpec spec, ClientRun run)
    {
        if (!run.Exit.ExitedByItself)
            return CheckOutcome.Fail(
                $"with no server running, the client waited until it was stopped after {run.Scenario.Deadline.TotalSeconds:0.#} s: "
                    + "give up after a timeout and say that no server answered"
            );
        if (ClientMessages.HasStackTrace(run.Exit))
            return CheckOutcome.Fail(
                $"with no server running, the client crashed: {ProgramDiagnosis.HowItEnded(run.Exit)}; catch the error and print a clear message"
            );
        return ClientMessages.LastLine(run.Exit) is { } said
            ? CheckOutcome.Pass($"with no server running, it said {Exchange.Quote(said)}")
            : CheckOutcome.Fail(
                "with no server running, the client exited without saying anything: print what went wrong"
            );
    }
}
