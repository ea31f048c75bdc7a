using System.Security.Cryptography;
using System.Text;

namespace Grader.Languages.Python;

/// <summary>
/// The interpreter a pyenv shim chose, kept on disk between grader runs (<c>$XDG_CACHE_HOME/lab-grader/</c>), since
/// asking the shim costs a shell script and a Python start (a second or more on a busy machine) every run. It is used
/// only while everything pyenv decides by is unchanged: the shim itself, the <c>PYENV*</c> environment, the working
/// folder and every <c>.python-version</c> above it, and pyenv's global version file.
/// </summary>
/// <param name="cacheDirectory">Where the answers are kept.</param>
internal sealed class PyenvAnswer(string cacheDirectory)
{
    /// <summary>The answers kept in the user's cache folder.</summary>
    public static PyenvAnswer Default { get; } =
        new(
            Path.Combine(
                Environment.GetEnvironmentVariable("XDG_CACHE_HOME") is { Length: > 0 } xdg
                    ? xdg
                    : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache"),
                "lab-grader"
            )
        );

    /// <summary>Whether <paramref name="launcher"/> is a pyenv shim (in a <c>shims</c> folder of a pyenv
    /// root).</summary>
    public static bool IsShim(string launcher) =>
        Path.GetFileName(Path.GetDirectoryName(launcher)) == "shims"
        && Directory.Exists(Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(launcher)!)!, "versions"));

    /// <summary>The interpreter kept for <paramref name="launcher"/> as things stand, or null.</summary>
    public string? Read(string launcher)
    {
        try
        {
            var lines = File.ReadAllLines(FileFor(launcher));
            return lines is [var key, var answer] && key == Key(launcher) && File.Exists(answer) ? answer : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Keeps <paramref name="answer"/> for <paramref name="launcher"/> as things stand; a cache that cannot be
    /// written is simply not kept.</summary>
    public void Write(string launcher, string answer)
    {
        try
        {
            var file = FileFor(launcher);
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            var partial = $"{file}.{Environment.ProcessId}.partial";
            File.WriteAllLines(partial, [Key(launcher), answer]);
            File.Move(partial, file, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // No cache this time.
        }
    }

    private string FileFor(string launcher)
    {
        var name = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(launcher)))[..16].ToLowerInvariant();
        return Path.Combine(cacheDirectory, $"python-{name}");
    }

    // Everything pyenv's version choice reads, hashed.
    private static string Key(string launcher)
    {
        var root = Path.GetDirectoryName(Path.GetDirectoryName(launcher))!;
        var text = new StringBuilder()
            .AppendLine(launcher)
            .AppendLine(
                File.GetLastWriteTimeUtc(launcher).Ticks.ToString(System.Globalization.CultureInfo.InvariantCulture)
            )
            .AppendLine(Environment.CurrentDirectory);
        foreach (
            var (name, value) in Environment
                .GetEnvironmentVariables()
                .Cast<System.Collections.DictionaryEntry>()
                .Select(e => ((string)e.Key, (string?)e.Value))
                .Where(e => e.Item1.StartsWith("PYENV", StringComparison.Ordinal))
                .OrderBy(e => e.Item1, StringComparer.Ordinal)
        )
            text.AppendLine($"{name}={value}");
        for (var folder = new DirectoryInfo(Environment.CurrentDirectory); folder is not null; folder = folder.Parent)
            text.AppendLine(Contents(Path.Combine(folder.FullName, ".python-version")));
        text.AppendLine(Contents(Path.Combine(root, "version")));
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    private static string Contents(string file) => File.Exists(file) ? $"{file}:{File.ReadAllText(file)}" : "";
}
