using System.Globalization;
using System.Text;

namespace Grader.Platforms.Layouts;

/// <summary>
/// Blackboard Learn's "Assignment File Download": one flat zip of every attempt chosen, each file named
/// <c>&lt;assignment&gt;_&lt;username&gt;_attempt_&lt;date&gt;_&lt;file&gt;</c> beside the attempt's receipt
/// <c>…_attempt_&lt;date&gt;.txt</c> (<see cref="BlackboardFileName"/>). Files are grouped by username; of a student's
/// attempts the latest is graded and the others named in a note; the receipt gives the student's name and each file's
/// name as submitted (<see cref="BlackboardReceipt"/>), and is not graded.
/// </summary>
public sealed class BlackboardLayout : IDownloadLayout
{
    /// <inheritdoc />
    public Platform Platform => Platform.Blackboard;

    /// <inheritdoc />
    public string Naming => "<assignment>_<username>_attempt_<YYYY-MM-DD-HH-MM-SS>[_<file>|.txt]";

    /// <inheritdoc />
    public bool IsStudentFolder(DirectoryInfo folder) => false;

    /// <inheritdoc />
    public LayoutReading Read(DownloadListing listing)
    {
        ArgumentNullException.ThrowIfNull(listing);
        var parsed = listing.RootFiles.Select(f => (Path: f, Name: BlackboardFileName.TryParse(f))).ToList();
        var named = parsed.Where(p => p.Name is not null).Select(p => (p.Path, Name: p.Name!)).ToList();
        var assignment = AssignmentPrefix(named.Select(n => n.Name.Owner).Distinct(StringComparer.Ordinal).ToList());
        var students = named
            .GroupBy(n => Username(n.Name.Owner, assignment), StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => Student(listing, g.Key, g.ToList()))
            .ToList();
        return new LayoutReading(
            Platform,
            students,
            named.Count,
            [.. parsed.Where(p => p.Name is null).Select(p => p.Path), .. listing.RootFolders]
        );
    }

    /// <summary>
    /// The assignment's part of the names before <c>_attempt_</c>, with its <c>_</c>: what they all share up to an
    /// underscore. One owner alone is split at its last underscore (a username then cannot hold one).
    /// </summary>
    internal static string AssignmentPrefix(IReadOnlyList<string> owners)
    {
        if (owners.Count == 0)
            return "";
        if (owners.Count == 1)
            return owners[0][..(owners[0].LastIndexOf('_') + 1)];
        var shared = owners.Aggregate((a, b) => a[..a.Zip(b).TakeWhile(p => p.First == p.Second).Count()]);
        var cut = shared.LastIndexOf('_');
        return cut < 0 ? "" : shared[..(cut + 1)];
    }

    private static string Username(string owner, string assignment) =>
        assignment.Length > 0
        && owner.StartsWith(assignment, StringComparison.Ordinal)
        && owner.Length > assignment.Length
            ? owner[assignment.Length..]
            : owner[(owner.LastIndexOf('_') + 1)..];

    private static DownloadedStudent Student(
        DownloadListing listing,
        string username,
        IReadOnlyList<(string Path, BlackboardFileName Name)> entries
    )
    {
        var attempts = entries.GroupBy(e => e.Name.Attempt).OrderBy(g => g.Key).ToList();
        var latest = attempts[^1];
        var receiptPath = latest.FirstOrDefault(e => e.Name.IsReceipt).Path;
        var receipt = receiptPath is null ? BlackboardReceipt.Empty : ReadReceipt(listing.FullPath(receiptPath));
        var files = latest
            .Where(e => !e.Name.IsReceipt)
            .Select(e => new StudentFile(
                receipt.Originals.TryGetValue(e.Path, out var original) && SafeName(original)
                    ? original
                    : e.Name.FileName!,
                e.Path
            ))
            .OrderBy(f => f.Path, StringComparer.Ordinal)
            .ToList();
        var notes = new List<string>();
        if (attempts.Count > 1)
            notes.Add(
                $"graded the latest of {attempts.Count} attempts ({Shown(latest.Key)}); left out {(attempts.Count == 2 ? "the one" : "those")} of {string.Join(", ", attempts.SkipLast(1).Select(a => Shown(a.Key)))}"
            );
        return new DownloadedStudent(
            username,
            receipt.Name ?? username,
            Shown(latest.Key),
            files,
            entries.Select(e => e.Path).Order(StringComparer.Ordinal).ToList(),
            notes
        );
    }

    private static string Shown(DateTime attempt) =>
        attempt.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    // A name the receipt gives is used only as a file's name in the student's folder: one name, no path.
    private static bool SafeName(string name) =>
        name.Length > 0 && name is not ("." or "..") && name.IndexOfAny(['/', '\\', '\0']) < 0;

    private static BlackboardReceipt ReadReceipt(string path)
    {
        try
        {
            var info = new FileInfo(path);
            // A receipt is a page of text; a huge one is not one, and is not read.
            return info.Length > 1 << 20
                ? BlackboardReceipt.Empty
                : BlackboardReceipt.Parse(File.ReadAllText(path, Encoding.UTF8));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return BlackboardReceipt.Empty;
        }
    }
}
