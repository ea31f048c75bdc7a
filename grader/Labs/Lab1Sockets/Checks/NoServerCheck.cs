using Grader.Checks;
using Grader.Checks.Clients;
using Grader.Labs.Lab1Sockets.Judges;
using Grader.Rubric;

namespace Grader.Labs.Lab1Sockets.Checks;

/// <summary>Robustness: no server is running, and the client says so clearly instead of crashing with a traceback or
/// hanging.</summary>
public sealed class NoServerCheck : ISocketClientCheck
{
    /// <inheritdoc />
    public string Kind => "no-server";

    /// <inheritdoc />
    public ProbeBehaviour Behaviour => ProbeBehaviour.Absent;

    /// <inheritdoc />
    public bool AppliesTo(Role role) => !role.IsServer;

    /// <inheritdoc />
    public CheckOutcome Judge(CheckSpec spec, ClientRun run)
    {
        if (run.Hang is { } hang)
            return CheckOutcome.Fail(
                $"with no server running, the client {hang} (the kernel shows it), so it would wait forever: "
                    + "give up after a timeout and say that no server answered"
            );
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
