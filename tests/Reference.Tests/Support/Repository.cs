namespace Reference.Tests.Support;

/// <summary>Where things are: the repository's folders and the reference program built beside the tests.</summary>
public static class Repository
{
    private static readonly Lazy<string> RootPath = new(FindRoot);

    /// <summary>The repository's root folder (the one holding <c>Grader.sln</c>).</summary>
    public static string Root => RootPath.Value;

    /// <summary>The example submissions.</summary>
    public static string Submissions => Path.Combine(Root, "submissions");

    /// <summary>The folder of one example submission.</summary>
    public static string Submission(string name) => Path.Combine(Submissions, name);

    /// <summary>The reference program's native launcher, copied next to the tests by the project reference.</summary>
    public static string ReferenceExecutable => Path.Combine(AppContext.BaseDirectory, "reference");

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Grader.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No Grader.sln above {AppContext.BaseDirectory}.");
    }
}
