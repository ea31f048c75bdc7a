using Grader.Languages;
using Grader.Rubric;

namespace Grader.Submissions;

/// <summary>Finds each role's program in a submission folder.</summary>
public static class SubmissionScanner
{
    // Folders that never hold a student's program: tool caches, and the resource forks macOS adds to zip files.
    private static readonly HashSet<string> SkippedFolders = new(StringComparer.OrdinalIgnoreCase) { "__pycache__", "__MACOSX", "obj", "node_modules" };

    /// <summary>Scans <paramref name="directory"/>; throws <see cref="SubmissionException"/> for bad input.</summary>
    public static Submission Scan(string directory)
    {
        if (string.IsNullOrWhiteSpace(directory)) throw new SubmissionException("No submission folder was given.");
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(directory));
        if (File.Exists(full)) throw new SubmissionException($"'{directory}' is a file, not a submission folder.");
        if (!Directory.Exists(full)) throw new SubmissionException($"The submission folder '{directory}' does not exist.");

        IReadOnlyList<FileInfo> topFiles;
        IReadOnlyList<DirectoryInfo> subFolders;
        try
        {
            var top = new DirectoryInfo(full);
            topFiles = [.. top.EnumerateFiles()];
            subFolders = [.. top.EnumerateDirectories()];
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            throw new SubmissionException($"The submission folder '{directory}' cannot be read: {e.Message}");
        }

        if (topFiles.FirstOrDefault(file => file.Name == SubmissionManifest.FileName) is { } manifest)
            return Physical(SubmissionManifest.Read(manifest.FullName, Path.Combine(directory, SubmissionManifest.FileName), full));

        var candidates = Candidates(full, topFiles, subFolders);
        var programs = new List<RoleProgram>();
        var notes = new List<string>();
        foreach (var role in Roles.All)
        {
            var ranked = candidates.Where(c => c.Match?.Role == role)
                .OrderBy(c => c.Preference).ThenBy(c => c.Source, StringComparer.Ordinal)
                .ToList();
            if (ranked.Count == 0) continue;
            programs.Add(new RoleProgram(role, ranked[0].Language.Name, ranked[0].Source));
            if (ranked.Count > 1)
                notes.Add($"{role.Name()}: took {ranked[0].Source}, not {string.Join(" or ", ranked.Skip(1).Select(c => c.Source))}.");
        }

        if (programs.Count == 0 && OneProgramForEveryRole(candidates, notes) is { } project)
            programs.AddRange(Roles.All.Select(role => new RoleProgram(role, project.Language.Name, project.Source) { TakesRoleName = true }));

        return Physical(new Submission(Path.GetFileName(full), full, programs, Build: null) { Notes = notes });
    }

    /// <summary>Every file in the folder and its sub-folders (one level) that some language recognises.</summary>
    private static List<Candidate> Candidates(string root, IReadOnlyList<FileInfo> topFiles, IReadOnlyList<DirectoryInfo> subFolders)
    {
        var nested = new EnumerationOptions { IgnoreInaccessible = true, RecurseSubdirectories = false };
        var files = topFiles.Select(file => (File: file, Depth: 0)).Concat(
            subFolders
                .Where(folder => !folder.Name.StartsWith('.') && !SkippedFolders.Contains(folder.Name))
                .SelectMany(folder => folder.EnumerateFiles("*", nested))
                .Select(file => (File: file, Depth: 1)));

        var candidates = new List<Candidate>();
        foreach (var (file, depth) in files)
        {
            // Hidden files include macOS's "._TCPClient.py" resource forks, which look like programs and are not.
            if (file.Name.StartsWith('.')) continue;
            if (LanguageRegistry.Recognise(file) is not { } language) continue;
            var source = Path.GetRelativePath(root, file.FullName).Replace(Path.DirectorySeparatorChar, '/');
            candidates.Add(new Candidate(source, language, RoleNames.Match(Path.GetFileNameWithoutExtension(file.Name)), depth));
        }
        return candidates;
    }

    /// <summary>A lone project, such as a C# one like the reference, that is told which role to play: preferring the top folder, and not a test project.</summary>
    private static Candidate? OneProgramForEveryRole(List<Candidate> candidates, List<string> notes)
    {
        var projects = candidates
            .Where(c => c.Language.MayPlayEveryRole && !Path.GetFileName(c.Source).Contains("test", StringComparison.OrdinalIgnoreCase))
            .OrderBy(c => c.Depth).ThenBy(c => c.Source, StringComparer.Ordinal)
            .ToList();
        if (projects.Count == 0) return null;
        notes.Add($"{projects[0].Source} plays every role, told which by the role's name as its first argument"
                  + (projects.Count > 1 ? $"; not {string.Join(" or ", projects.Skip(1).Select(c => c.Source))}." : "."));
        return projects[0];
    }

    /// <summary>A file that may be a role's program.</summary>
    private sealed record Candidate(string Source, ILanguage Language, RoleNameMatch? Match, int Depth)
    {
        /// <summary>Best first: the most usual name, the lab's own spelling, Python, the registry's order, the top folder.</summary>
        public (int Rank, int Spelling, int Python, int Language, int Depth) Preference =>
        (
            Match?.Rank ?? int.MaxValue,
            Match?.ExactLabName == true ? 0 : 1,
            Language is PythonLanguage ? 0 : 1,
            LanguageRegistry.All.ToList().IndexOf(Language),
            Depth
        );
    }

    // A submission folder that is a link (a class folder of links) is built and run where it really is, so a relative
    // path in its build means there what it means to the kernel; reports keep the link's name.
    private static Submission Physical(Submission submission) =>
        Directory.ResolveLinkTarget(submission.Directory, returnFinalTarget: true) is { } real
            ? submission with { Directory = Path.TrimEndingDirectorySeparator(real.FullName) }
            : submission;
}
