using Grader.Checks;
using Grader.Checks.Clients;
using Grader.Rubric;

namespace Grader.Labs.Lab1Sockets.Clients;

/// <summary>A check of a client role: it judges what the client did in one run against the probe server.</summary>
public interface IClientCheck
{
    /// <summary>The name assignment files use for it, such as <c>sends-line</c>.</summary>
    string Kind { get; }

    /// <summary>How the probe server behaves in the run this check judges.</summary>
    ProbeBehaviour Behaviour => ProbeBehaviour.Normal;

    /// <summary>
    /// The settings an assignment may give it besides the keys every check has: by default those of the client's run,
    /// the line typed (<see cref="ClientRunSettings.Line"/>) and how long the run may last (<see
    /// cref="ClientRunSettings.Wait"/>).
    /// </summary>
    IReadOnlyList<CheckSetting> Settings => ClientRunSettings.Every;

    /// <summary>Whether it makes sense for <paramref name="role"/>.</summary>
    bool AppliesTo(Role role);

    /// <summary>Judges <paramref name="run"/>.</summary>
    CheckOutcome Judge(CheckSpec spec, ClientRun run);
}
