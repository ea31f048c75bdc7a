using Grader.Checks.Clients;
using Grader.Labs.Lab1Sockets.Checks;
using Grader.Labs.Lab1Sockets.Probe;
using Grader.Launching;
using Grader.Results;
using Grader.Rubric;

namespace Grader.Labs.Lab1Sockets;

/// <summary>
/// Grades a client role: runs the student's client once per probe behaviour its checks need (normal, slow reply,
/// lost reply, no server), all at once, each in a sandbox network of its own, and judges each run by its checks.
/// A client that never reaches the normal server as the lab's client does (another host, the other transport, no
/// request) fails the first check with the reason; the others are skipped.
/// </summary>
internal sealed class SocketRoleGrader(Assignment assignment, Sandboxes.ISandbox sandbox) : IRoleGrader
{
    /// <inheritdoc />
    public async Task<IReadOnlyList<CheckResult>> GradeAsync(
        RoleSpec role,
        ProgramCommand command,
        CancellationToken cancellationToken
    )
    {
        // The run's settings (ClientRunSettings) may be given on any check that takes them.
        var line = role.Checks.FirstGiven(ClientRunSettings.Line);
        var checks = role.Checks.Select(spec => (Spec: spec, Check: CatalogCheck(spec))).ToList();
        // The normal run always happens: it tells whether the client reaches a server at all.
        var scenarios = checks
            .Select(c => c.Check.Behaviour)
            .Append(ProbeBehaviour.Normal)
            .Distinct()
            .Select(behaviour =>
            {
                var specs = checks.Where(c => c.Check.Behaviour == behaviour).Select(c => c.Spec).ToList();
                return new ClientScenario(
                    behaviour,
                    specs.FirstGiven(ClientRunSettings.ReplyDelay),
                    specs
                        .Where(s => s.Settings.IsSet(ClientRunSettings.Wait))
                        .Select(s => s.Settings.Get(ClientRunSettings.Wait))
                        .Max()
                        ?? assignment.Timeouts.ClientRun
                )
                {
                    AcceptsOtherHosts = role.AcceptsOtherHosts,
                };
            })
            .ToList();
        var runs = (
            await Task.WhenAll(
                scenarios.Select(s =>
                    ClientRunner.RunAsync(command, role.Role.Transport, line, s, assignment, sandbox, cancellationToken)
                )
            )
        ).ToDictionary(r => r.Scenario.Behaviour);

        var normal = runs[ProbeBehaviour.Normal];
        return ClientCheckScoring.ScoreInOrder(
            checks.Select(c =>
            {
                var run = runs[c.Check.Behaviour];
                return new PendingCheck(c.Spec, () => c.Check.Judge(c.Spec, run), run.Transcript, run.Exit);
            }),
            normal.FatalProblem is { } fatal ? new ClientBlocker(fatal, normal.FatalSummary!) : null
        );
    }

    private ISocketClientCheck CatalogCheck(CheckSpec spec) =>
        SocketChecks.ClientCheck(spec.Role, spec.Kind)
        ?? throw new InvalidOperationException($"no client check '{spec.Kind}' for {spec.Role.Name}");
}
