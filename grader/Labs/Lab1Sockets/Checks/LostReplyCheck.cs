using Grader.Checks;
using Grader.Checks.Clients;
using Grader.Labs.Lab1Sockets.Judges;
using Grader.Rubric;

namespace Grader.Labs.Lab1Sockets.Checks;

/// <summary>
/// Robustness, UDP: the first reply is lost. A client that retries, or gives up after a timeout with a clear
/// message, scores; one that waits forever is stopped at the deadline and loses only these points.
/// </summary>
public sealed class LostReplyCheck : ISocketClientCheck
{
    /// <inheritdoc />
    public string Kind => "lost-reply";

    /// <inheritdoc />
    public ProbeBehaviour Behaviour => ProbeBehaviour.LoseFirstReply;

    /// <inheritdoc />
    public bool AppliesTo(Role role) => !role.IsServer && role.Transport == Rubric.Transport.Udp;

    /// <inheritdoc />
    public CheckOutcome Judge(CheckSpec spec, ClientRun run)
    {
        if (run.Exit.StandardOutput.Contains(run.Token, StringComparison.Ordinal))
            return CheckOutcome.Pass(
                $"sent again after the lost reply ({run.Requests} datagrams) and printed the answer"
            );
        if (run.Hang is { } hang)
            return CheckOutcome.Fail(
                $"the first reply was lost and the client {hang} (the kernel shows it), so it would wait forever: "
                    + "UDP may lose datagrams; set a timeout (settimeout) and retry or report the loss"
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
