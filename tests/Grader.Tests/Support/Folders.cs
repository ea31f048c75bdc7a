namespace Grader.Tests.Support;

/// <summary>Folder helpers the tests share.</summary>
public static class Folders
{
    /// <summary>Copies every file below <paramref name="from"/> to the same place below <paramref name="to"/>, making
    /// the folders on the way.</summary>
    public static void Copy(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
