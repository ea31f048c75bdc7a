namespace Grader.Platforms.Layouts;

/// <summary>
/// GitHub Classroom, as <c>gh classroom clone student-repos</c> leaves it: one cloned repository per student, named
/// <c>&lt;assignment&gt;-&lt;GitHub username&gt;</c>, all in <c>&lt;assignment&gt;-submissions/</c>
/// (https://github.com/github/gh-classroom, <c>cmd/gh-classroom/clone/student-repos/student-repos.go</c>: the folder
/// is the assignment's slug and <c>-submissions</c>, each clone the repository's name; GitHub Classroom names a
/// student's repository with the assignment's prefix and the username). A repository is a folder with a
/// <c>.git</c>; its working tree is graded (not its history), and the commit checked out is its attempt.
/// </summary>
public sealed class ClassroomLayout : IDownloadLayout
{
    private const string SubmissionsSuffix = "-submissions";

    /// <inheritdoc />
    public Platform Platform => Platform.Classroom;

    /// <inheritdoc />
    public string Naming => "<assignment>-<GitHub username>/ holding a .git";

    /// <inheritdoc />
    public bool IsStudentFolder(DirectoryInfo folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        var git = Path.Combine(folder.FullName, ".git");
        return Directory.Exists(git) || File.Exists(git);
    }

    /// <inheritdoc />
    public LayoutReading Read(DownloadListing listing)
    {
        ArgumentNullException.ThrowIfNull(listing);
        var repositories = listing
            .RootFolders.Where(f => IsStudentFolder(new DirectoryInfo(listing.FullPath(f))))
            .ToList();
        var prefix = Prefix(listing.Container, repositories);
        var students = repositories
            .Select(repository => new DownloadedStudent(
                repository[prefix.Length..],
                repository[prefix.Length..],
                GitHead.Describe(listing.FullPath(repository)),
                listing.FilesIn(repository).Select(f => new StudentFile(f.Inside, f.Path)).ToList(),
                [repository + "/"],
                []
            ))
            .OrderBy(s => s.Id, StringComparer.Ordinal)
            .ToList();
        return new LayoutReading(
            Platform,
            students,
            repositories.Count,
            [.. listing.RootFiles, .. listing.RootFolders.Except(repositories, StringComparer.Ordinal)]
        );
    }

    /// <summary>
    /// The assignment's prefix of the repositories' names, with its <c>-</c>: the one the
    /// <c>&lt;assignment&gt;-submissions</c> folder names, else what two or more repositories share up to a hyphen, else
    /// none (a lone repository keeps its whole name).
    /// </summary>
    internal static string Prefix(string container, IReadOnlyList<string> repositories)
    {
        if (repositories.Count == 0)
            return "";
        if (
            container.EndsWith(SubmissionsSuffix, StringComparison.Ordinal)
            && container.Length > SubmissionsSuffix.Length
        )
        {
            var named = container[..^SubmissionsSuffix.Length] + "-";
            if (repositories.All(r => r.Length > named.Length && r.StartsWith(named, StringComparison.Ordinal)))
                return named;
        }
        if (repositories.Count == 1)
            return "";
        var shared = repositories.Aggregate((a, b) => a[..a.Zip(b).TakeWhile(p => p.First == p.Second).Count()]);
        var cut = shared.LastIndexOf('-');
        return cut < 0 || repositories.Any(r => r.Length <= cut + 1) ? "" : shared[..(cut + 1)];
    }
}
