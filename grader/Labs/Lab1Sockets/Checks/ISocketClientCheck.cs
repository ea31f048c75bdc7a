using Grader.Checks;
using Grader.Checks.Clients;
using Grader.Labs.Lab1Sockets.Probe;
using Grader.Rubric;

namespace Grader.Labs.Lab1Sockets.Checks;

/// <summary>A check of a client role: it judges what the client did in one run against the probe server.</summary>
public interface ISocketClientCheck : ICheckKind
{
    /// <summary>How the probe server behaves in the run this check judges.</summary>
    ProbeBehaviour Behaviour => ProbeBehaviour.Normal;

    /// <summary>
    /// The settings an assignment may give it besides the keys every check has: by default those of the client's run,
    /// the line typed (<see cref="ClientRunSettings.Line"/>) and how long the run may last (<see
    /// cref="ClientRunSettings.Wait"/>).
    /// </summary>
    IReadOnlyList<CheckSetting> ICheckKind.Settings => ClientRunSettings.Every;

    /// <summary>Judges <paramref name="run"/>.</summary>
    CheckOutcome Judge(CheckSpec spec, ClientRun run);
}
