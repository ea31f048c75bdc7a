using System.CommandLine;

namespace Grader.Commands;

/// <summary>
/// <c>--share &lt;path&gt;…</c>: files and folders the operator lets every build read, such as the sources a
/// submission's build needs from outside its own folder. Only the operator grants them, never a submission's own files.
/// </summary>
internal static class ShareOption
{
    /// <summary>The option, repeatable and taking several paths at once.</summary>
    public static Option<string[]> Create() =>
        new("--share")
        {
            Description =
                "Let every build read these files or folders, read-only at their own paths (builds see nothing else outside their submission). Share only what every submission may read.",
            AllowMultipleArgumentsPerToken = true,
        };

    /// <summary>The shared paths as full paths, or the one-line complaint about the first that does not
    /// exist.</summary>
    public static (IReadOnlyList<string> Paths, string? Problem) Resolve(
        IReadOnlyList<string> given
    )
    {
        var paths = new List<string>();
        foreach (var path in given)
        {
            var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));
            if (!File.Exists(full) && !Directory.Exists(full))
                return ([], $"--share: there is no file or folder at {path}");
            paths.Add(full);
        }
        return (paths, null);
    }
}
