using Grader.Checks;
using Grader.Checks.Clients;
using Grader.Labs.Lab1Sockets.Judges;
using Grader.Rubric;

namespace Grader.Labs.Lab1Sockets.Checks;

/// <summary>
/// The client prints the server's actual reply. The probe server answers with a random token, so a client that
/// upper-cases the line itself, instead of printing what came back, is caught.
/// </summary>
public sealed class PrintsReplyCheck : ISocketClientCheck
{
    /// <inheritdoc />
    public string Kind => "prints-reply";

    /// <inheritdoc />
    public bool AppliesTo(Role role) => !role.IsServer;

    /// <inheritdoc />
    public CheckOutcome Judge(CheckSpec spec, ClientRun run)
    {
        var output = run.Exit.StandardOutput;
        var token = Exchange.Quote(run.Token);
        if (output.Contains(run.Token, StringComparison.Ordinal))
            return CheckOutcome.Pass($"printed the server's reply {token}");
        if (run.Request is null)
            return CheckOutcome.Fail("the client sent no request, so there was no reply to print");
        var upper = UpperCasing
            .AcceptedForms(run.Line)
            .FirstOrDefault(u => output.Contains(u, StringComparison.Ordinal));
        if (upper is not null)
            return CheckOutcome.Fail(
                $"your client printed {Exchange.Quote(upper)} but the server replied {token}: it must print the server's reply, not upper-case the line itself"
            );
        var shown = output.Length == 0 ? "nothing" : Exchange.Quote(output.Trim());
        return CheckOutcome.Fail(
            $"the server replied {token} but the client printed {shown}; it {ProgramDiagnosis.HowItEnded(run.Exit)}"
        );
    }
}
