using System.Text.Json;
using Grader.Reports;
using Grader.Results;
using Grader.Rubric;
using Grader.Similarity;

namespace Grader.Batch;

/// <summary>
/// A batch's output folder: <c>results/&lt;name&gt;.json</c> for each graded submission,
/// <c>ungraded/&lt;name&gt;.json</c> for each that could not be graded, and the class reports beside them. It is the
/// batch's whole state: a resumed or merged batch reads it back.
/// </summary>
public sealed class ResultStore
{
    private const string ResultsFolder = "results";
    private const string UngradedFolder = "ungraded";

    /// <summary>Opens (and creates) the output folder <paramref name="directory"/>, removing what a killed run left
    /// half-written.</summary>
    public ResultStore(string directory)
    {
        Directory = Path.GetFullPath(directory);
        System.IO.Directory.CreateDirectory(ResultsDirectory);
        System.IO.Directory.CreateDirectory(UngradedDirectory);
        foreach (var folder in new[] { Directory, ResultsDirectory, UngradedDirectory })
            AtomicFile.RemoveLeftovers(folder);
    }

    /// <summary>The output folder.</summary>
    public string Directory { get; }

    private string ResultsDirectory => Path.Combine(Directory, ResultsFolder);

    private string UngradedDirectory => Path.Combine(Directory, UngradedFolder);

    /// <summary>The path of <paramref name="submission"/>'s result.</summary>
    public string ResultPath(string submission) => Path.Combine(ResultsDirectory, submission + ".json");

    /// <summary>The stored result of <paramref name="submission"/>, or null when there is none or it is
    /// unreadable.</summary>
    public GradeResult? Read(string submission) => ReadResult(ResultPath(submission));

    /// <summary>
    /// Whether <paramref name="submission"/> has a result that a resumed batch may keep: graded from files with the
    /// hash
    /// <paramref name="hash"/>, against an assignment with the same checks and points as <paramref name="assignment"/>.
    /// </summary>
    public bool HasCurrent(string submission, string hash, Assignment assignment) =>
        Read(submission) is { } result
        && result.SubmissionHash == hash
        && result.Assignment == assignment.Id
        && result
            .Checks.Select(c => (c.Id, c.MaxPoints))
            .SequenceEqual(assignment.Checks.Select(c => (c.FullId, c.Points)));

    /// <summary>Stores <paramref name="result"/> atomically, and forgets any earlier failure to grade it.</summary>
    public async Task SaveAsync(GradeResult result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(result);
        // Its captures, where it has any, beside it: results/<submission>/<check>.pcap, named in the result.
        // And all of them in one zip, which the class report links.
        // A result read back (resumed, merged) holds no packets: its files are already there, or copied beside it.
        if (result.Checks.Any(c => c.Packets is not null))
        {
            var captures = Path.Combine(Directory, CaptureFiles.ClassFolder(result.Submission));
            (result, _) = CaptureFiles.Write(result, captures);
            CaptureFiles.Zip(result, captures);
        }
        await AtomicFile.WriteAsync(
            ResultPath(result.Submission),
            writer => writer.WriteLineAsync(JsonSerializer.Serialize(result, ResultJson.Options)),
            cancellationToken
        );
        File.Delete(UngradedPath(result.Submission));
    }

    /// <summary>Copies the files <paramref name="source"/> keeps beside <paramref name="submission"/>'s result (its
    /// captures, <c>results/&lt;submission&gt;/</c>) into this store, replacing any of the same name.</summary>
    public void CopyFilesBeside(string submission, ResultStore source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var from = Path.Combine(source.Directory, CaptureFiles.ClassFolder(submission));
        if (!System.IO.Directory.Exists(from))
            return;
        var to = Path.Combine(Directory, CaptureFiles.ClassFolder(submission));
        System.IO.Directory.CreateDirectory(to);
        foreach (var file in System.IO.Directory.EnumerateFiles(from))
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)), overwrite: true);
    }

    /// <summary>Records, atomically, that <paramref name="submission"/> could not be graded; a resumed batch tries it
    /// again.</summary>
    public Task SaveAsync(UngradedSubmission submission, CancellationToken cancellationToken) =>
        AtomicFile.WriteAsync(
            UngradedPath(submission.Submission),
            writer => writer.WriteLineAsync(JsonSerializer.Serialize(submission, ResultJson.Options)),
            cancellationToken
        );

    /// <summary>Everything stored: every result and every submission that could not be graded (unless graded
    /// since).</summary>
    public ClassResult Load()
    {
        var results = Names(ResultsDirectory)
            .Select(name => ReadResult(ResultPath(name)))
            .OfType<GradeResult>()
            .ToList();
        var graded = results.Select(r => r.Submission).ToHashSet(StringComparer.Ordinal);
        var ungraded = Names(UngradedDirectory)
            .Select(name => ReadUngraded(UngradedPath(name)))
            .OfType<UngradedSubmission>()
            .Where(u => !graded.Contains(u.Submission));
        return ClassResult.Of(results, ungraded);
    }

    /// <summary>Stores <paramref name="report"/> as <c>similarity.csv</c> and <c>similarity.json</c> (which the class
    /// reports show from now on); returns their paths.</summary>
    public Task<IReadOnlyList<string>> SaveSimilarityAsync(
        SimilarityReport report,
        CancellationToken cancellationToken
    ) => SimilarityFiles.SaveAsync(Directory, report, cancellationToken);

    /// <summary>The stored similarity report, or null when the class was not compared.</summary>
    public SimilarityReport? LoadSimilarity() => SimilarityFiles.Load(Directory);

    /// <summary>Writes every class report (<c>grades.csv</c>, <c>junit.xml</c>, …) from what is stored, each
    /// atomically; the HTML report shows the stored similarity report too.</summary>
    public async Task<IReadOnlyList<string>> WriteReportsAsync(CancellationToken cancellationToken)
    {
        var results = Load();
        var similarity = LoadSimilarity();
        var written = new List<string>();
        foreach (var report in ReportFormats.ForBatches)
        {
            var path = Path.Combine(Directory, report.BatchFileName);
            await AtomicFile.WriteAsync(
                path,
                writer => report.WriteAsync(results, similarity, writer, cancellationToken),
                cancellationToken
            );
            written.Add(path);
        }
        return written;
    }

    private string UngradedPath(string submission) => Path.Combine(UngradedDirectory, submission + ".json");

    private static IEnumerable<string> Names(string directory) =>
        System
            .IO.Directory.EnumerateFiles(directory, "*.json")
            .Select(Path.GetFileNameWithoutExtension)
            .OfType<string>()
            .Order(StringComparer.Ordinal);

    private static GradeResult? ReadResult(string path) => ReadJson<GradeResult>(path);

    private static UngradedSubmission? ReadUngraded(string path) => ReadJson<UngradedSubmission>(path);

    private static T? ReadJson<T>(string path)
        where T : class
    {
        try
        {
            return JsonSerializer.Deserialize<T>(File.ReadAllText(path), ResultJson.Options);
        }
        catch (Exception e) when (e is IOException or JsonException or UnauthorizedAccessException)
        {
            return null; // missing or not a result: the submission counts as not graded
        }
    }
}
