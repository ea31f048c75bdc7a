using System.CommandLine;

namespace Grader.Commands;

/// <summary>
/// <c>--share &lt;path&gt;…</c>: files and folders the operator lets every build read, such as the sources a
/// submission's build needs from outside its own folder. Only the operator grants them, never a submission's own files.
/// </summary>
internal static class ShareOption
{
    /// <summary>The option, repeatable and taking several paths at once; its value is the paths as full paths, and a
    /// path that does not exist is a parse error naming it.</summary>
    public static Option<string[]> Create() =>
        new("--share")
        {
            Description =
                "Let every build read these files or folders, read-only at their own paths (builds see nothing else outside their submission). Share only what every submission may read.",
            AllowMultipleArgumentsPerToken = true,
            CustomParser = result =>
            {
                var paths = new List<string>();
                foreach (var token in result.Tokens)
                {
                    var full =
                        token.Value.Length == 0 ? "" : Path.TrimEndingDirectorySeparator(Path.GetFullPath(token.Value));
                    if (!File.Exists(full) && !Directory.Exists(full))
                    {
                        result.AddError(
                            $"--share: there is no file or folder at {(token.Value.Length == 0 ? "''" : token.Value)}"
                        );
                        return [];
                    }
                    paths.Add(full);
                }
                return [.. paths];
            },
        };
}
