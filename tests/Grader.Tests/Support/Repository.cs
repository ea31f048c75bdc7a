namespace Grader.Tests.Support;

/// <summary>Paths in this repository, found from the test's output folder.</summary>
public static class Repository
{
    private static readonly Lazy<string> RootPath = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Grader.sln"))) return dir.FullName;
        throw new InvalidOperationException("the tests must run inside the repository");
    });

    /// <summary>The repository's root folder.</summary>
    public static string Root => RootPath.Value;

    /// <summary>The folder of the example submission <paramref name="name"/>.</summary>
    public static string Submission(string name) => Path.Combine(Root, "submissions", name);
}
