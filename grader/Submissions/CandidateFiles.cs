using Grader.Files;
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
    /// say of <paramref name="roles"/>. Only real files are candidates: no link is followed (<see
    /// cref="FolderWalk"/>), and a graded folder holds none (<see cref="SubmissionFolder"/>).</summary>
    /// <exception cref="UnauthorizedAccessException">The folder itself cannot be read.</exception>
    public static IReadOnlyList<Candidate> Find(string root, IReadOnlyList<Role> roles)
    {
        var candidates = new List<(Candidate, FileInfo)>();
        foreach (var entry in FolderWalk.Walk(root, Entered, MaxDepth).Take(MaxEntries))
        {
            // The top folder is read strictly, so an unreadable submission is an error; the ones below are skipped
            // quietly.
            if (entry.Kind == EntryKind.Unreadable && entry.Path.Length == 0)
                throw new UnauthorizedAccessException($"the folder {root} cannot be read");
            if (entry.Kind != EntryKind.File)
                continue;
            var output = OutputFolders.Contains(Parent(entry.Path));
            if (Consider(root, new FileInfo(entry.FullPath), entry.Depth, output, roles) is { } candidate)
                candidates.Add(candidate);
        }
        return Classify(candidates, roles.SelectMany(r => r.Files.Marks).Distinct().ToList());
    }

    // Hidden folders, tool caches and virtual environments are not looked into; build output only for its own files.
    private static bool Entered(FolderEntry folder) =>
        !folder.Name.StartsWith('.')
        && !SkippedFolders.Contains(folder.Name)
        && !OutputFolders.Contains(Parent(folder.Path));

    private static string Parent(string path)
    {
        var parent = Path.GetDirectoryName(path) ?? "";
        return parent[(parent.LastIndexOf('/') + 1)..];
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
        if (inOutputFolder && (!language.ComesBuilt || match is null))
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
            var readable = !candidate.LooksLikeTest && candidate.Language.Source is not null;
            if (readable && read++ < MaxClassified)
                candidates.Add(
                    candidate with
                    {
                        Facts = ProgramClassifier.ClassifyFile(file, candidate.Language, marks),
                    }
                );
            else
                candidates.Add(candidate);
        }
        return candidates;
    }
}
