using Grader.Checks;
using Grader.Checks.Clients;
using Grader.Labs.MailClient.Judges;
using Grader.Labs.MailClient.Probe;
using Grader.Launching;
using Grader.Results;
using Grader.Rubric;
using Grader.Sandboxes;

namespace Grader.Labs.MailClient;

/// <summary>
/// Grades the mail client: runs it once against each server its checks need (the accepting one always, the one that
/// refuses the recipient when a check judges that), side by side, each in a sandbox network of its own, and judges
/// each run by its checks. A client that never reaches the accepting server as the lab's client does (another host, no
/// connection) fails the first check with the reason; the others are skipped.
/// </summary>
internal sealed class MailClientRoleGrader(Assignment assignment, ISandbox sandbox) : IRoleGrader
{
    /// <inheritdoc />
    public async Task<IReadOnlyList<CheckResult>> GradeAsync(
        RoleSpec role,
        ProgramCommand command,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(role);
        var checks = role
            .Checks.Select(spec =>
                (
                    Spec: spec,
                    Check: MailClientChecks.ClientCheck(spec.Role, spec.Kind)
                        ?? throw new InvalidOperationException($"no mail client check '{spec.Kind}'")
                )
            )
            .ToList();
        var settings = new MailRunSettings(
            role.Checks.FirstGiven(MailClientChecks.Hold),
            role.Checks.FirstGiven(MailClientChecks.Text),
            role.AcceptsOtherHosts
        );
        // The accepting server's run always happens: it tells whether the client reaches a server at all.
        var variants = checks.Select(c => c.Check.Variant).Prepend(SmtpVariant.Accepting).Distinct().ToList();
        var runs = (
            await Task.WhenAll(
                variants.Select(v =>
                    MailClientRunner.RunAsync(command, v, settings, assignment, sandbox, cancellationToken)
                )
            )
        ).ToDictionary(r => r.Variant);

        var normal = runs[SmtpVariant.Accepting];
        return ClientCheckScoring.ScoreInOrder(
            checks.Select(c =>
            {
                var run = runs[c.Check.Variant];
                return new PendingCheck(
                    c.Spec,
                    () => run.Fatal is { } own ? CheckOutcome.Fail(own) : c.Check.Judge(run),
                    run.Transcript,
                    run.Exit
                );
            }),
            normal.Fatal is { } fatal ? new ClientBlocker(fatal, normal.FatalSummary!) : null
        );
    }
}
