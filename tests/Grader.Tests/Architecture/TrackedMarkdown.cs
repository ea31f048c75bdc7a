using System.Diagnostics;

namespace Grader.Tests.Architecture;

/// <summary>The Markdown pages of the repository: those git tracks or would (not ignored), or, where git cannot say,
/// every <c>*.md</c> outside build output and hidden folders.</summary>
public static class TrackedMarkdown
{
    private static readonly string[] Skipped = ["bin", "obj", "node_modules", "TestResults"];

    /// <summary>The paths, relative to <paramref name="root"/>, of its Markdown pages.</summary>
    public static IReadOnlyList<string> Under(string root) => FromGit(root) ?? FromFolders(root);

    private static List<string>? FromGit(string root)
    {
        try
        {
            var info = new ProcessStartInfo(
                "git",
                ["-C", root, "ls-files", "-z", "--cached", "--others", "--exclude-standard", "--", "*.md"]
            )
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            using var git = Process.Start(info)!;
            var output = git.StandardOutput.ReadToEnd();
            git.WaitForExit();
            if (git.ExitCode != 0)
                return null;
            // A tracked page deleted in the working tree is not a page any more.
            return
            [
                .. output
                    .Split('\0', StringSplitOptions.RemoveEmptyEntries)
                    .Where(path => File.Exists(Path.Combine(root, path))),
            ];
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null; // no git on this machine
        }
    }

    private static List<string> FromFolders(string root) =>
        [
            .. Directory
                .EnumerateFiles(root, "*.md", SearchOption.AllDirectories)
                .Select(file => Path.GetRelativePath(root, file))
                .Where(path =>
                    !path.Split(Path.DirectorySeparatorChar)[..^1]
                        .Any(folder => folder.StartsWith('.') || Skipped.Contains(folder))
                ),
        ];
}
