using Grader.Checks;
using Grader.Checks.Clients;
using Grader.Launching;
using Grader.Results;
using Grader.Rubric;
using Grader.Sandboxes;

namespace Grader.Grading;

/// <summary>
/// Grades a client role: runs the student's client once against the probe server and judges that run with
/// each of the role's checks. A client that never reaches the server fails the first check with the reason;
/// the others are skipped because of it.
/// </summary>
internal sealed class ClientRoleGrader(Assignment assignment, ISandbox sandbox)
{
    /// <summary>Runs the client <paramref name="command"/> starts and judges it by every check of <paramref name="role"/>.</summary>
    public async Task<IReadOnlyList<CheckResult>> GradeAsync(RoleSpec role, ProgramCommand command, CancellationToken cancellationToken)
    {
        var line = role.Checks.Select(c => c.Message).FirstOrDefault(m => m is not null) ?? ClientRunner.DefaultLine;
        var run = await ClientRunner.RunAsync(command, role.Role.Transport(), line, assignment, sandbox, cancellationToken);
        var output = new ProgramOutput(run.Exit.StandardOutput, run.Exit.StandardError, run.Exit.ExitCode, run.Exit.OutputTruncated);
        var results = new List<CheckResult>();
        string? blocker = null;
        foreach (var spec in role.Checks)
        {
            var check = CheckCatalog.ClientCheck(spec.Role, spec.Kind)
                ?? throw new InvalidOperationException($"no client check '{spec.Kind}' for {spec.Role.Name()}");
            var outcome = blocker is not null ? CheckOutcome.Skip(blocker)
                : run.FatalProblem is { } fatal ? CheckOutcome.Fail(fatal)
                : check.Judge(spec, run);
            results.Add(CheckResult.From(spec, outcome, run.Transcript, output));
            if (run.FatalProblem is not null) blocker ??= $"skipped: the client never reached the server (see {spec.FullId})";
        }
        return results;
    }
}
