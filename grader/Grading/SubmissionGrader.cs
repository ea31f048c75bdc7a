using System.Diagnostics;
using Grader.Checks;
using Grader.Labs;
using Grader.Languages;
using Grader.Launching;
using Grader.Results;
using Grader.Rubric;
using Grader.Sandboxes;
using Grader.Submissions;
using Grader.Submissions.Archives;

namespace Grader.Grading;

/// <summary>Grades submissions against one assignment in one sandbox: build once, then every role, in
/// parallel.</summary>
public sealed class SubmissionGrader(Assignment assignment, ISandbox sandbox) : ISubmissionGrader
{
    /// <summary>
    /// Files and folders every build may read besides the submission, granted by the operator (<c>--share</c>): shown
    /// read-only at their own paths, as the reference's sources are to <c>submissions/csharp-reference</c>.
    /// </summary>
    public IReadOnlyList<string> SharedPaths { get; init; } = [];

    /// <summary>Grades the submission in <paramref name="directory"/>.</summary>
    /// <exception cref="SubmissionException">The folder is missing or its manifest is unreadable.</exception>
    public async Task<GradeResult> GradeAsync(string directory, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        // A folder with archives, links or anything else to leave out is graded from a scratch copy.
        using var folder = SubmissionFolder.Prepare(directory, ArchiveLimits.Of(assignment.Limits));
        var submission = SubmissionScanner.Scan(folder.Directory, assignment.Lab.Roles);
        var work = Directory.CreateTempSubdirectory("grader-");
        try
        {
            // The build runs in the sandbox the programs run in, as a launch of its own with the build's limits.
            var confinement = new BuildConfinement(sandbox, assignment.Limits.ForBuild(assignment.Timeouts.Build))
            {
                SharedPaths = SharedPaths,
            };
            var built = await SubmissionBuilder.BuildAsync(submission, work.FullName, confinement, cancellationToken);
            var roles = await Task.WhenAll(
                assignment.Roles.Select(role => GradeRoleAsync(role, built, work.FullName, cancellationToken))
            );
            var checks = roles.SelectMany(r => r.Checks).ToList();
            // Every capture has stopped: the lab's secrets are hidden in them before anything is written.
            if (LabRegistry.For(assignment).CaptureRedactor is { } redactor)
                foreach (var log in checks.Select(c => c.Packets).OfType<PacketLog>().Distinct())
                    PacketRedaction.Apply(log.Packets, redactor);
            return new GradeResult(
                folder.Name,
                assignment.Id,
                checks.Where(c => c.Required).Sum(c => c.Points),
                checks.Where(c => c.Required).Sum(c => c.MaxPoints),
                checks.Where(c => !c.Required).Sum(c => c.Points),
                checks.Where(c => !c.Required).Sum(c => c.MaxPoints),
                clock.ElapsedMilliseconds,
                sandbox.Name,
                roles.Select(r => r.Role).ToList(),
                checks
            )
            {
                Notes = folder.NotesOn(submission),
            };
        }
        finally
        {
            try
            {
                work.Delete(recursive: true);
            }
            catch (IOException)
            {
                // A build tool still holding a file: the temporary folder is left for the system to clean.
            }
        }
    }

    private async Task<(RoleResult Role, IReadOnlyList<CheckResult> Checks)> GradeRoleAsync(
        RoleSpec role,
        BuiltSubmission built,
        string workDirectory,
        CancellationToken cancellationToken
    )
    {
        IReadOnlyList<CheckResult> checks;
        RoleProgram? program = null;
        string? problem = null;
        switch (
            built.Launches.GetValueOrDefault(role.Role) ?? new RoleLaunch.Missing($"no program for {role.Role.Name}")
        )
        {
            case RoleLaunch.Ready ready:
                program = ready.Program;
                // Every launch runs in a copy of the submission and its build output, never in the folders themselves.
                // The lab's own files (test pages) go into that copy.
                var command = ready.Command with
                {
                    Folders = [built.Submission.Directory, workDirectory],
                    Files = LabRegistry.For(assignment).LaunchFiles(role.Role),
                };
                checks = await RoleGrader(role.Role).GradeAsync(role, command, cancellationToken);
                break;
            case RoleLaunch.BuildFailed failed:
                program = failed.Program;
                problem = $"{failed.Summary}\n{failed.CompilerOutput}".TrimEnd();
                checks = SkipAll(role, $"skipped: {failed.Summary}");
                break;
            case RoleLaunch.Missing missing:
                problem = missing.Reason;
                checks = SkipAll(role, $"skipped: {missing.Reason}");
                break;
            default:
                throw new InvalidOperationException("unknown kind of launch");
        }
        var passed = problem is null && checks.Where(c => c.Required).All(c => c.Passed);
        var required = checks.Where(c => c.Required).ToList();
        var result = new RoleResult(
            role.Role.Name,
            passed,
            required.Sum(c => c.Points),
            required.Sum(c => c.MaxPoints),
            program?.Source,
            problem
        )
        {
            Reason = program?.Reason,
            AlsoFound = program?.AlsoFound,
        };
        return (result, checks);
    }

    // The lab's own grader for the role, or the core's for a server: started once, probed by the lab's checks.
    private IRoleGrader RoleGrader(Role role) =>
        LabRegistry.For(assignment).RoleGrader(role, assignment, sandbox)
        ?? (
            role.IsServer
                ? new ServerRoleGrader(assignment, sandbox)
                : throw new InvalidOperationException($"the lab {assignment.Lab.Name} has no grader for {role.Name}")
        );

    private static List<CheckResult> SkipAll(RoleSpec role, string reason) =>
        role.Checks.Select(spec => CheckScoring.Score(spec, CheckOutcome.Skip(reason), [], null)).ToList();
}
