namespace Grader.Tests.Support;

/// <summary>Paths in this repository, found from the test's output folder.</summary>
public static class Repository
{
    private static readonly Lazy<string> RootPath = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Grader.sln")))
                return dir.FullName;
        throw new InvalidOperationException("the tests must run inside the repository");
    });

    /// <summary>The repository's root folder.</summary>
    public static string Root => RootPath.Value;

    /// <summary>
    /// What the example <c>csharp-reference</c>'s build reads outside its folder, shared with builds as
    /// docs/grading.md's <c>--share</c> does: the reference's sources and the repository's build settings, nothing else of the
    /// repository.
    /// </summary>
    public static IReadOnlyList<string> ReferenceShares =>
        [
            .. new[] { "reference", "Directory.Build.props", "Directory.Packages.props", "global.json" }.Select(path =>
                Path.Combine(Root, path)
            ),
        ];

    /// <summary>The folder of the example submission <paramref name="name"/>.</summary>
    public static string Submission(string name) => Path.Combine(Root, "submissions", name);
}
