namespace Grader.Platforms;

/// <summary>
/// The files of a platform's download, on disk: every file under <see cref="Root"/> by its path relative to it
/// (<c>/</c>-separated, in name order), without what no platform puts there for a student (a Mac's
/// <c>__MACOSX</c>, <c>._</c> forks and <c>.DS_Store</c>, a repository's <c>.git</c> folder) and without links, which
/// are never followed (<see cref="Skipped"/> names them).
/// </summary>
public sealed class DownloadListing
{
    private DownloadListing(
        string root,
        string shown,
        string container,
        IReadOnlyList<string> files,
        IReadOnlyList<string> folders,
        IReadOnlyList<string> skipped
    )
    {
        Root = root;
        Shown = shown;
        Container = container;
        Files = files;
        RootFolders = folders;
        Skipped = skipped;
    }

    /// <summary>The folder that holds the students' entries: the download's own, or the one folder it wraps them
    /// in.</summary>
    public string Root { get; }

    /// <summary>The download as the user named it, for messages.</summary>
    public string Shown { get; }

    /// <summary>The name of the folder the entries sit in (<c>lab1-submissions</c>), or of the archive without its
    /// extension: what a GitHub Classroom download is named after.</summary>
    public string Container { get; }

    /// <summary>Every file, by its path relative to <see cref="Root"/>.</summary>
    public IReadOnlyList<string> Files { get; }

    /// <summary>The folders directly in <see cref="Root"/>, by name, hidden ones left out.</summary>
    public IReadOnlyList<string> RootFolders { get; }

    /// <summary>What was left out and why, one line each.</summary>
    public IReadOnlyList<string> Skipped { get; }

    /// <summary>The files directly in <see cref="Root"/>, hidden ones left out.</summary>
    public IEnumerable<string> RootFiles => Files.Where(f => !f.Contains('/') && !f.StartsWith('.'));

    /// <summary>How many entries (files and folders) <see cref="Root"/> holds, hidden ones left out: what a layout
    /// recognises or not.</summary>
    public int RootEntries => RootFiles.Count() + RootFolders.Count;

    /// <summary>The files under the root folder <paramref name="folder"/>, by their paths inside it.</summary>
    public IEnumerable<(string Inside, string Path)> FilesIn(string folder) =>
        Files
            .Where(f => f.StartsWith(folder + "/", StringComparison.Ordinal))
            .Select(f => (f[(folder.Length + 1)..], f));

    /// <summary>The full path of <paramref name="relative"/>.</summary>
    public string FullPath(string relative) => Path.Combine(Root, relative.Replace('/', Path.DirectorySeparatorChar));

    /// <summary>
    /// Lists <paramref name="folder"/>. While it holds nothing but one folder that <paramref name="isStudentFolder"/>
    /// does not take for a student's (a folder an instructor or an unzipping tool wrapped the download in, or GitHub
    /// Classroom's <c>&lt;assignment&gt;-submissions</c>), that folder is the root.
    /// </summary>
    /// <param name="folder">The download's folder, or the folder an archive was unpacked into.</param>
    /// <param name="shown">The download's name for messages.</param>
    /// <param name="container">The name to give <see cref="Container"/> when the folder wraps nothing.</param>
    /// <param name="isStudentFolder">Whether a folder is one student's entry in some platform's layout.</param>
    public static DownloadListing Read(
        string folder,
        string shown,
        string container,
        Func<DirectoryInfo, bool> isStudentFolder
    )
    {
        var root = new DirectoryInfo(folder);
        while (true)
        {
            var entries = Visible(root).ToList();
            if (entries is not [DirectoryInfo only] || only.LinkTarget is not null || isStudentFolder(only))
                break;
            root = only;
            container = only.Name;
        }
        var files = new List<string>();
        var skipped = new List<string>();
        Walk(root, "", files, skipped);
        var folders = Visible(root)
            .OfType<DirectoryInfo>()
            .Where(d => d.LinkTarget is null)
            .Select(d => d.Name)
            .Order(StringComparer.Ordinal)
            .ToList();
        return new DownloadListing(
            root.FullName,
            shown,
            container,
            files.Order(StringComparer.Ordinal).ToList(),
            folders,
            skipped
        );
    }

    private static IEnumerable<FileSystemInfo> Visible(DirectoryInfo folder) =>
        folder.EnumerateFileSystemInfos().Where(e => !e.Name.StartsWith('.') && e.Name != "__MACOSX");

    private static void Walk(DirectoryInfo folder, string relative, List<string> files, List<string> skipped)
    {
        IEnumerable<FileSystemInfo> entries;
        try
        {
            entries = folder.EnumerateFileSystemInfos().ToList();
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            skipped.Add($"`{relative}`: an unreadable folder, left out");
            return;
        }
        foreach (var entry in entries)
        {
            var path = relative.Length == 0 ? entry.Name : $"{relative}/{entry.Name}";
            if (
                entry.Name is "__MACOSX" or ".DS_Store" or ".git"
                || entry.Name.StartsWith("._", StringComparison.Ordinal)
            )
                continue;
            if (entry.LinkTarget is not null)
                skipped.Add($"`{path}`: a link, not followed");
            else if (entry is DirectoryInfo directory)
                Walk(directory, path, files, skipped);
            else if (entry is FileInfo { Attributes: not FileAttributes.Device })
                files.Add(path);
        }
    }
}
