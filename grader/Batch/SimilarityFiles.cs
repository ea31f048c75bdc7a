using Grader.Similarity;

namespace Grader.Batch;

/// <summary>A similarity report in an output folder: <c>similarity.csv</c> for people and spreadsheets,
/// <c>similarity.json</c> for the class report written again later.</summary>
public static class SimilarityFiles
{
    /// <summary>Writes both files of <paramref name="report"/> into <paramref name="directory"/>, each atomically;
    /// returns their paths.</summary>
    public static async Task<IReadOnlyList<string>> SaveAsync(
        string directory,
        SimilarityReport report,
        CancellationToken cancellationToken
    )
    {
        Directory.CreateDirectory(directory);
        var csv = Path.Combine(directory, SimilarityCsv.FileName);
        var json = Path.Combine(directory, SimilarityJson.FileName);
        await AtomicFile.WriteAsync(
            csv,
            writer => SimilarityCsv.WriteAsync(report, writer, cancellationToken),
            cancellationToken
        );
        await AtomicFile.WriteAsync(
            json,
            writer => SimilarityJson.WriteAsync(report, writer, cancellationToken),
            cancellationToken
        );
        return [csv, json];
    }

    /// <summary>The report stored in <paramref name="directory"/>, or null when the class was not compared.</summary>
    public static SimilarityReport? Load(string directory) =>
        SimilarityJson.Read(Path.Combine(directory, SimilarityJson.FileName));
}
