using Grader.Languages;
using Grader.Rubric;

namespace Grader.Submissions;

/// <summary>The files of a submission that may be programs: every file some language recognises, down to the depth
/// students use.</summary>
internal static class CandidateFiles
{
    /// <summary>How many folders deep programs are looked for: <c>lab1/part2/tcp/client.py</c> is 3 deep.</summary>
    public const int MaxDepth = 4;

    /// <summary>How many files are read to see what they do, the nearest first; a submission with more carries
    /// something else besides.</summary>
    public const int MaxClassified = 200;

    /// <summary>Folders that never hold a student's program: tool caches, virtual environments, the resource forks
    /// macOS adds to zip files.</summary>
    public static readonly IReadOnlySet<string> SkippedFolders = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "__pycache__",
        "__MACOSX",
        "node_modules",
        "venv",
        "env",
        "site-packages",
        "obj",
    };

    /// <summary>Build output: no sources, but possibly a prebuilt executable named for a role (bin/UDPClient), so only
    /// its own files count.</summary>
    public static readonly IReadOnlySet<string> OutputFolders = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "bin",
        "build",
    };

    // A folder with more entries than this is not a student's lab; what lies beyond is not looked at.
    private const int MaxEntries = 5000;

    /// <summary>The candidates under <paramref name="root"/>, nearest first, each with what its name and its code
    /// say of <paramref name="roles"/>.</summary>
    /// <exception cref="UnauthorizedAccessException">The folder itself cannot be read.</exception>
    /// <exception cref="IOException">The folder itself cannot be read.</exception>
    public static IReadOnlyList<Candidate> Find(string root, IReadOnlyList<Role> roles)
    {
        var candidates = new List<(Candidate, FileInfo)>();
        var options = new EnumerationOptions { IgnoreInaccessible = true, RecurseSubdirectories = false };
        var level = new List<(DirectoryInfo Folder, bool Output)> { (new DirectoryInfo(root), false) };
        var entries = 0;
        for (var depth = 0; depth <= MaxDepth && level.Count > 0 && entries < MaxEntries; depth++)
        {
            var next = new List<(DirectoryInfo, bool)>();
            foreach (var (folder, output) in level)
            {
                // The top folder is read strictly, so an unreadable submission is an error; the ones below are skipped
                // quietly.
                var files = depth == 0 ? folder.GetFiles() : folder.GetFiles("*", options);
                entries += files.Length;
                foreach (var file in files.OrderBy(f => f.Name, StringComparer.Ordinal))
                {
                    if (Consider(root, file, depth, output, roles) is { } candidate)
                        candidates.Add(candidate);
                }
                if (output)
                    continue;
                var folders = depth == 0 ? folder.GetDirectories() : folder.GetDirectories("*", options);
                entries += folders.Length;
                // A linked folder may lead out of the submission (to "/", say), so only real folders are looked into.
                next.AddRange(
                    folders
                        .Where(sub =>
                            !sub.Name.StartsWith('.') && !SkippedFolders.Contains(sub.Name) && sub.LinkTarget is null
                        )
                        .OrderBy(sub => sub.Name, StringComparer.Ordinal)
                        .Select(sub => (sub, OutputFolders.Contains(sub.Name)))
                );
            }
            level = next;
        }
        return Classify(candidates, roles.SelectMany(r => r.Files.Marks).Distinct().ToList());
    }

    private static (Candidate, FileInfo)? Consider(
        string root,
        FileInfo file,
        int depth,
        bool inOutputFolder,
        IReadOnlyList<Role> roles
    )
    {
        // Hidden files include macOS's "._TCPClient.py" resource forks, which look like programs and are not.
        if (file.Name.StartsWith('.'))
            return null;
        if (LanguageRegistry.Recognise(file) is not { } language)
            return null;
        var match = RoleNames.Match(Path.GetFileNameWithoutExtension(file.Name), roles);
        if (inOutputFolder && (language is not ExecutableLanguage || match is null))
            return null;
        var source = Path.GetRelativePath(root, file.FullName).Replace(Path.DirectorySeparatorChar, '/');
        return (new Candidate(source, language, match, depth), file);
    }

    // Reads what the nearest files do; tests are not read, since a test of a server is a client.
    private static List<Candidate> Classify(
        List<(Candidate Candidate, FileInfo File)> found,
        IReadOnlyList<string> marks
    )
    {
        var read = 0;
        var candidates = new List<Candidate>(found.Count);
        foreach (var (candidate, file) in found)
        {
            var readable =
                !candidate.LooksLikeTest && ProgramClassifier.DialectOf(candidate.Language.Name) != SourceDialect.None;
            if (readable && read++ < MaxClassified)
                candidates.Add(
                    candidate with
                    {
                        Facts = ProgramClassifier.ClassifyFile(file, candidate.Language.Name, marks),
                    }
                );
            else
                candidates.Add(candidate);
        }
        return candidates;
    }
}
