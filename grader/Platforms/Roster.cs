using Grader.Batch;

namespace Grader.Platforms;

/// <summary>
/// <c>roster.csv</c>: who each folder of an imported class is (id, name, platform, attempt, files, the download's
/// entries, notes), written beside the students' folders by <c>grader class import</c> and into a batch's output,
/// so results, reports and the gradebook file are tied to the platform's students.
/// </summary>
/// <param name="Students">One entry per student folder, in folder order.</param>
public sealed record Roster(IReadOnlyList<RosterEntry> Students)
{
    /// <summary>The roster's file name.</summary>
    public const string FileName = "roster.csv";

    private const string ListSeparator = " | ";

    private static readonly string[] Header =
    [
        "folder",
        "id",
        "name",
        "platform",
        "attempt",
        "files",
        "sources",
        "notes",
    ];

    /// <summary>The platform every student came from, or null for an empty roster.</summary>
    public Platform? Platform => Students.Count == 0 ? null : Students[0].Platform;

    /// <summary>The student whose folder is <paramref name="folder"/>, or null.</summary>
    public RosterEntry? For(string folder) => Students.FirstOrDefault(s => s.Folder == folder);

    /// <summary>Whether <paramref name="directory"/> holds a roster.</summary>
    public static bool IsIn(string directory) => File.Exists(Path.Combine(directory, FileName));

    /// <summary>The roster in <paramref name="directory"/>, or null when there is none.</summary>
    /// <exception cref="DownloadException">The file is not a roster the grader wrote.</exception>
    public static Roster? Load(string directory)
    {
        var path = Path.Combine(directory, FileName);
        if (!File.Exists(path))
            return null;
        IReadOnlyList<IReadOnlyList<string>> rows;
        try
        {
            rows = CsvFields.Parse(File.ReadAllText(path));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
            throw new DownloadException($"cannot read {path}: {e.Message.TrimEnd('.')}", e);
        }
        if (rows.Count == 0 || !rows[0].Take(Header.Length).SequenceEqual(Header))
            throw new DownloadException(
                $"{path} is not a roster the grader wrote: its first line is not {string.Join(',', Header)}"
            );
        var students = new List<RosterEntry>();
        foreach (var row in rows.Skip(1))
        {
            if (row.Count < Header.Length || PlatformNames.Parse(row[3]) is not { } platform)
                throw new DownloadException(
                    $"{path} line {students.Count + 2}: expected {Header.Length} fields with a platform of {string.Join(", ", PlatformNames.All.Select(p => p.OptionValue()))}"
                );
            students.Add(
                new RosterEntry(row[0], row[1], row[2], platform, row[4], Split(row[5]), Split(row[6]), Split(row[7]))
            );
        }
        return new Roster(students);
    }

    /// <summary>Writes the roster into <paramref name="directory"/>, atomically; returns its path.</summary>
    public async Task<string> SaveAsync(string directory, CancellationToken cancellationToken)
    {
        var path = Path.Combine(directory, FileName);
        await AtomicFile.WriteAsync(
            path,
            async writer =>
            {
                await writer.WriteAsync(CsvFields.Line(Header).AsMemory(), cancellationToken);
                foreach (var student in Students)
                    await writer.WriteAsync(
                        CsvFields
                            .Line([
                                student.Folder,
                                student.Id,
                                student.Name,
                                student.Platform.OptionValue(),
                                student.Attempt,
                                string.Join(ListSeparator, student.Files),
                                string.Join(ListSeparator, student.Sources),
                                string.Join(ListSeparator, student.Notes),
                            ])
                            .AsMemory(),
                        cancellationToken
                    );
            },
            cancellationToken
        );
        return path;
    }

    private static IReadOnlyList<string> Split(string field) => field.Length == 0 ? [] : field.Split(ListSeparator);
}
