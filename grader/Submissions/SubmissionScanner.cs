using Grader.Languages;
using Grader.Rubric;

namespace Grader.Submissions;

/// <summary>Finds each role's program in a submission folder: by <c>submission.yaml</c>, by file names, then by what
/// the files do.</summary>
public static class SubmissionScanner
{
    /// <summary>Scans <paramref name="directory"/> for the programs of <paramref name="roles"/>, a lab's roles; throws
    /// <see cref="SubmissionException"/> for bad input.</summary>
    public static Submission Scan(string directory, IReadOnlyList<Role> roles)
    {
        ArgumentNullException.ThrowIfNull(roles);
        if (string.IsNullOrWhiteSpace(directory))
            throw new SubmissionException("No submission folder was given.");
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(directory));
        if (File.Exists(full))
            throw new SubmissionException($"'{directory}' is a file, not a submission folder.");
        if (!Directory.Exists(full))
            throw new SubmissionException($"The submission folder '{directory}' does not exist.");

        IReadOnlyList<Candidate> candidates;
        try
        {
            var manifest = new FileInfo(Path.Combine(full, SubmissionManifest.FileName));
            if (manifest.Exists)
                return Physical(
                    SubmissionManifest.Read(
                        manifest.FullName,
                        Path.Combine(directory, SubmissionManifest.FileName),
                        full,
                        roles
                    )
                );
            candidates = CandidateFiles.Find(full, roles);
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            throw new SubmissionException($"The submission folder '{directory}' cannot be read: {e.Message}", e);
        }

        var (programs, notes) = RoleAssigner.Assign(candidates, roles);
        var found = programs.ToList();
        var allNotes = notes.ToList();
        if (found.Count == 0 && OneProgramForEveryRole(candidates, allNotes) is { } project)
        {
            var reason =
                $"`{project.Source}`: the submission's only project, told which role to play by its first argument";
            found.AddRange(
                roles.Select(role => new RoleProgram(role, project.Language.Name, project.Source)
                {
                    TakesRoleName = true,
                    Reason = reason,
                })
            );
        }

        return Physical(
            new Submission(Path.GetFileName(full), full, found, Build: null) { Notes = allNotes, Roles = roles }
        );
    }

    /// <summary>A lone project, such as a C# one like the reference, that is told which role to play: preferring the
    /// top folder, and not a test project.</summary>
    private static Candidate? OneProgramForEveryRole(IReadOnlyList<Candidate> candidates, List<string> notes)
    {
        var projects = candidates
            .Where(c =>
                c.Language.MayPlayEveryRole
                && !c.LooksLikeTest
                && !Path.GetFileName(c.Source).Contains("test", StringComparison.OrdinalIgnoreCase)
            )
            .OrderBy(c => c.Depth)
            .ThenBy(c => c.Source, StringComparer.Ordinal)
            .ToList();
        if (projects.Count == 0)
            return null;
        notes.Add(
            $"{projects[0].Source} plays every role, told which by the role's name as its first argument"
                + (projects.Count > 1 ? $"; not {string.Join(" or ", projects.Skip(1).Select(c => c.Source))}." : ".")
        );
        return projects[0];
    }

    // A submission folder that is a link (a class folder of links) is built and run where it really is, so a relative
    // path in its build means there what it means to the kernel; reports keep the link's name.
    private static Submission Physical(Submission submission) =>
        Directory.ResolveLinkTarget(submission.Directory, returnFinalTarget: true) is { } real
            ? submission with
            {
                Directory = Path.TrimEndingDirectorySeparator(real.FullName),
            }
            : submission;
}
