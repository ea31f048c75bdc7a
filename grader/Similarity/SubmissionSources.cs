using Grader.Files;
using Grader.Languages;
using Grader.Rubric;
using Grader.Submissions;

namespace Grader.Similarity;

/// <summary>
/// The source files of a submission that are compared, each with the program it is compared as: the file that plays a
/// role (found as grading finds it) against the same role's file in other submissions, and every other source file
/// against the other source files of the class.
/// </summary>
public static class SubmissionSources
{
    /// <summary>What a source file that plays no role is compared as.</summary>
    public const string OtherProgram = "other";

    /// <summary>How many folders deep other source files are looked for, as the scanner looks for programs.</summary>
    private const int MaxDepth = 4;

    /// <summary>A source larger than this is not a student's program (generated or vendored code) and is left
    /// out.</summary>
    private const long MaxBytes = 256 * 1024;

    // The folders the scanner skips, and build output: no sources there.
    private static readonly HashSet<string> SkippedFolders = new(
        CandidateFiles.SkippedFolders.Concat(CandidateFiles.OutputFolders),
        StringComparer.OrdinalIgnoreCase
    );

    /// <summary>The compared files of the submission in <paramref name="directory"/> (its graded folder, <see
    /// cref="SubmissionFolder"/>, so that its archives are compared too), a submission of a lab with
    /// <paramref name="roles"/>: (program, path inside the submission) pairs, a file playing two roles listed for
    /// each.</summary>
    public static IReadOnlyList<(string Program, string Path)> Find(string directory, IReadOnlyList<Role> roles)
    {
        ArgumentNullException.ThrowIfNull(roles);
        var found = new List<(string Program, string Path)>();
        try
        {
            var submission = SubmissionScanner.Scan(directory, roles);
            foreach (var program in submission.Programs)
                if (
                    LanguageRegistry.SourceOf(program.Source) is not null
                    && IsComparable(Path.Combine(directory, program.Source))
                )
                    found.Add((program.Role.Name, program.Source));
        }
        catch (SubmissionException)
        {
            // A folder grading cannot read (a broken manifest) still has sources: they are compared as other files.
        }
        var playing = found.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        found.AddRange(OtherSources(directory).Where(p => !playing.Contains(p)).Select(p => (OtherProgram, p)));
        return found;
    }

    // A real file of a student's size: a link may lead out of the submission (to the grader's machine's files, which
    // the report would then show), a named pipe would never end, and a huge source is generated or vendored code.
    private static bool IsComparable(string path) =>
        FolderWalk.Describe(path, path) is { Kind: EntryKind.File } file && file.Length <= MaxBytes;

    private static IEnumerable<string> OtherSources(string root) =>
        FolderWalk
            .Walk(root, folder => !folder.Name.StartsWith('.') && !SkippedFolders.Contains(folder.Name), MaxDepth)
            .Where(entry =>
                entry.Kind == EntryKind.File
                && !entry.Name.StartsWith('.')
                && LanguageRegistry.SourceOf(entry.Name) is not null
                && entry.Length <= MaxBytes
            )
            .Select(entry => entry.Path);
}
