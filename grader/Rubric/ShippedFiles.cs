using System.Reflection;

namespace Grader.Rubric;

/// <summary>
/// The files that travel inside the grader itself (each lab's rubric and base code), named by their path under
/// <c>grader/</c> such as <c>Labs/WebServer/web-server.yaml</c>. They are resources of the grader's assembly, so a
/// single-file grader carries them as a framework-dependent one does, and no file beside the program is read.
/// </summary>
public static class ShippedFiles
{
    private static readonly Assembly Grader = typeof(ShippedFiles).Assembly;

    /// <summary>Every shipped file's path, such as <c>Labs/Lab1Sockets/Base/TCPServer.py</c>.</summary>
    public static IReadOnlyList<string> All => Grader.GetManifestResourceNames();

    /// <summary>The text of the shipped file <paramref name="path"/>.</summary>
    /// <exception cref="FileNotFoundException">The grader ships no such file (its own bug).</exception>
    public static string ReadText(string path)
    {
        using var reader = new StreamReader(Open(path));
        return reader.ReadToEnd();
    }

    /// <summary>The shipped file <paramref name="path"/> on disk, for what reads only files (a similarity report's
    /// base code): unpacked once per build of the grader into this user's cache folder, then reused.</summary>
    /// <exception cref="FileNotFoundException">The grader ships no such file (its own bug).</exception>
    public static async Task<string> UnpackAsync(string path, CancellationToken cancellationToken)
    {
        var target = Path.Combine(CacheFolder, Name(path));
        if (File.Exists(target))
            return target;
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        // Written beside, then moved into place: a grader running at the same time never reads half a file.
        var partial = $"{target}.{Environment.ProcessId}.partial";
        await using (var source = Open(path))
        await using (var copy = File.Create(partial))
            await source.CopyToAsync(copy, cancellationToken);
        File.Move(partial, target, overwrite: true);
        return target;
    }

    /// <summary>This build's folder of unpacked files: a build of its own has a module id of its own, so an older
    /// grader's files are never taken for this one's.</summary>
    private static string CacheFolder
    {
        get
        {
            var root = Environment.GetFolderPath(
                Environment.SpecialFolder.LocalApplicationData,
                Environment.SpecialFolderOption.DoNotVerify
            );
            if (root.Length == 0)
                root = Path.GetTempPath();
            return Path.Combine(root, "lab-grader", "shipped", Grader.ManifestModule.ModuleVersionId.ToString("N"));
        }
    }

    private static Stream Open(string path) =>
        Grader.GetManifestResourceStream(Name(path))
        ?? throw new FileNotFoundException($"the grader ships no file {Name(path)}", path);

    private static string Name(string path) => path.Replace('\\', '/');
}
