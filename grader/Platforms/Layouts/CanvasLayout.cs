using System.Numerics;

namespace Grader.Platforms.Layouts;

/// <summary>
/// Canvas's "Download submissions": one flat zip of every student's latest submission, each file named
/// <c>&lt;name&gt;_[late_]&lt;user id&gt;_&lt;file id&gt;_&lt;file&gt;</c> (<see cref="CanvasFileName"/>). Files are
/// grouped by user id and keep the names the student gave them; Canvas's duplicate marker is undone
/// (<see cref="CanvasDuplicate"/>): a lone <c>TCPClient-1.py</c> is graded as <c>TCPClient.py</c>, and of a
/// <c>TCPClient.py</c> handed in beside a <c>TCPClient-1.py</c> the later upload (the larger file id) is graded.
/// </summary>
public sealed class CanvasLayout : IDownloadLayout
{
    /// <inheritdoc />
    public Platform Platform => Platform.Canvas;

    /// <inheritdoc />
    public string Naming => "<name>_[late_]<user id>_<file id>_<file>";

    /// <inheritdoc />
    public bool IsStudentFolder(DirectoryInfo folder) => false;

    /// <inheritdoc />
    public LayoutReading Read(DownloadListing listing)
    {
        ArgumentNullException.ThrowIfNull(listing);
        var parsed = listing.RootFiles.Select(f => (Path: f, Name: CanvasFileName.TryParse(f))).ToList();
        var students = parsed
            .Where(p => p.Name is not null)
            .GroupBy(p => p.Name!.UserId, StringComparer.Ordinal)
            .OrderBy(g => BigInteger.Parse(g.Key, System.Globalization.CultureInfo.InvariantCulture))
            .Select(g => Student(g.Key, g.Select(p => (p.Path, p.Name!)).ToList()))
            .ToList();
        return new LayoutReading(
            Platform,
            students,
            parsed.Count(p => p.Name is not null),
            [.. parsed.Where(p => p.Name is null).Select(p => p.Path), .. listing.RootFolders]
        );
    }

    private static DownloadedStudent Student(string userId, IReadOnlyList<(string Path, CanvasFileName Name)> files)
    {
        var notes = new List<string>();
        var name =
            files
                .Select(f => f.Name.Name)
                .Where(n => n.Length > 0)
                .GroupBy(n => n, StringComparer.Ordinal)
                .OrderByDescending(g => g.Count())
                .Select(g => g.Key)
                .FirstOrDefault()
            ?? userId;
        var late = files.Any(f => f.Name.Late);
        var kept = new List<StudentFile>();
        foreach (var group in files.GroupBy(f => BaseName(f.Name.FileName, files), StringComparer.Ordinal))
        {
            var versions = group.OrderBy(f => FileOrder(f.Name)).ToList();
            var latest = versions[^1];
            kept.Add(new StudentFile(group.Key, latest.Path));
            if (versions.Count > 1)
                notes.Add(
                    $"{versions.Count} files are `{group.Key}` ({string.Join(", ", versions.Select(v => $"`{v.Name.FileName}`"))}, Canvas numbering a name handed in again): graded the latest upload, `{latest.Name.FileName}`"
                );
            else if (latest.Name.FileName != group.Key)
                notes.Add(
                    $"`{latest.Name.FileName}` is graded as `{group.Key}`, the name it was handed in under (Canvas numbers a name it has seen before)"
                );
        }
        return new DownloadedStudent(
            userId,
            name,
            late ? "latest, late" : "latest",
            kept.OrderBy(f => f.Path, StringComparer.Ordinal).ToList(),
            files.Select(f => f.Path).ToList(),
            notes
        );
    }

    // The name a file was handed in under: without Canvas's marker when the student has the unmarked name too or is
    // the only one marked so; as it is when several files share a stem and none is unmarked (part-1.py, part-2.py).
    private static string BaseName(string fileName, IReadOnlyList<(string Path, CanvasFileName Name)> files)
    {
        if (CanvasDuplicate.Unmarked(fileName) is not { } unmarked)
            return fileName;
        if (files.Any(f => f.Name.FileName == unmarked))
            return unmarked;
        var marked = files.Count(f => CanvasDuplicate.Unmarked(f.Name.FileName) == unmarked);
        return marked == 1 ? unmarked : fileName;
    }

    private static BigInteger FileOrder(CanvasFileName name) =>
        name.FileId is null
            ? BigInteger.Zero
            : BigInteger.Parse(name.FileId, System.Globalization.CultureInfo.InvariantCulture);
}
