using System.Numerics;

namespace Grader.Platforms.Layouts;

/// <summary>
/// Moodle's "Download all submissions": a folder per participant and submission plugin,
/// <c>&lt;Full name&gt;_&lt;participant id&gt;_assignsubmission_file_</c> (its subfolders kept), or, with "Download
/// submissions in folders" off, that prefix on each file (<see cref="MoodleEntryName"/>). A participant's plugins
/// (files, online text) make one folder; Moodle's download holds the latest attempt only.
/// </summary>
public sealed class MoodleLayout : IDownloadLayout
{
    /// <inheritdoc />
    public Platform Platform => Platform.Moodle;

    /// <inheritdoc />
    public string Naming => "<Full name>_<participant id>_assignsubmission_<plugin>_";

    /// <inheritdoc />
    public bool IsStudentFolder(DirectoryInfo folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        return MoodleEntryName.TryParse(folder.Name, isFolder: true) is not null;
    }

    /// <inheritdoc />
    public LayoutReading Read(DownloadListing listing)
    {
        ArgumentNullException.ThrowIfNull(listing);
        var found = new List<(MoodleEntryName Name, string Inside, string Source)>();
        var unrecognised = new List<string>();
        var recognised = 0;
        foreach (var folder in listing.RootFolders)
        {
            if (MoodleEntryName.TryParse(folder, isFolder: true) is { } name)
            {
                found.AddRange(listing.FilesIn(folder).Select(f => (name, f.Inside, f.Path)));
                recognised++;
            }
            else
                unrecognised.Add(folder);
        }
        foreach (var file in listing.RootFiles)
        {
            if (MoodleEntryName.TryParse(file, isFolder: false) is { } name)
            {
                found.Add((name, name.FileName!, file));
                recognised++;
            }
            else
                unrecognised.Add(file);
        }
        var students = found
            .GroupBy(f => f.Name.ParticipantId, StringComparer.Ordinal)
            .OrderBy(g => BigInteger.Parse(g.Key, System.Globalization.CultureInfo.InvariantCulture))
            .Select(g => Student(g.Key, g.ToList()))
            .ToList();
        return new LayoutReading(Platform, students, recognised, unrecognised);
    }

    private static DownloadedStudent Student(
        string participantId,
        IReadOnlyList<(MoodleEntryName Name, string Inside, string Source)> files
    )
    {
        var taken = new HashSet<string>(StringComparer.Ordinal);
        var kept = new List<StudentFile>();
        var notes = new List<string>();
        // The file plugin's files first: they keep their paths; another plugin's file on a path already taken goes
        // into a folder named after its plugin.
        foreach (
            var file in files
                .OrderBy(f => f.Name.Plugin == "assignsubmission_file" ? 0 : 1)
                .ThenBy(f => f.Inside, StringComparer.Ordinal)
        )
        {
            var path = file.Inside;
            if (!taken.Add(path))
            {
                path = $"{file.Name.Plugin}/{file.Inside}";
                taken.Add(path);
                notes.Add(
                    $"`{file.Inside}` of {file.Name.Plugin} is graded as `{path}`: the files plugin has a file of that name"
                );
            }
            kept.Add(new StudentFile(path, file.Source));
        }
        return new DownloadedStudent(
            participantId,
            files[0].Name.Name,
            "latest",
            kept.OrderBy(f => f.Path, StringComparer.Ordinal).ToList(),
            files.Select(f => f.Source).Order(StringComparer.Ordinal).ToList(),
            notes
        );
    }
}
