using Grader.Checks;
using Grader.Checks.Clients;
using Grader.Rubric;

namespace Grader.Labs.Lab1Sockets.Checks;

/// <summary>After printing the reply the client closes its socket and exits with code 0.</summary>
public sealed class ExitsCleanlyCheck : ISocketClientCheck
{
    /// <inheritdoc />
    public string Kind => "exits-cleanly";

    /// <inheritdoc />
    public bool AppliesTo(Role role) => !role.IsServer;

    /// <inheritdoc />
    public CheckOutcome Judge(CheckSpec spec, ClientRun run)
    {
        // A client that loops for more sentences did the lab's exchange, then read past the end of its input.
        if (
            run.Exit.ExitCode is not 0 and not null
            && run.Exit.StandardOutput.Contains(run.Token, StringComparison.Ordinal)
            && ClientFaults.EndOfInput(run.Exit) is { } eof
        )
            return CheckOutcome.Fail(
                $"after printing the reply, the client asked for another line and crashed at the end of its input ({eof}): the lab's client sends one sentence and exits"
            );
        if (run.Exit.ExitCode != 0)
            return CheckOutcome.Fail(
                $"the client {ProgramDiagnosis.HowItEnded(run.Exit)}; it must exit with code 0 after printing the reply"
            );
        if (run.Transport == Transport.Tcp && run.Request is not null && !run.ClosedConnection)
            return CheckOutcome.Fail("the client exited with code 0 but never closed its connection");
        return CheckOutcome.Pass(
            run.Transport == Transport.Tcp ? "closed the connection and exited with code 0" : "exited with code 0"
        );
    }
}
