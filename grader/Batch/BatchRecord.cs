using System.Text.Json;
using Grader.Results;

namespace Grader.Batch;

/// <summary>
/// <c>batch.json</c> in a batch's output: which class it graded, which share of it, and what else it was asked for, so
/// that <c>grader merge</c> can tell which shards and submissions are missing or twice there, and compare the merged
/// class for similarity.
/// </summary>
/// <param name="Class">The class folder, as a full path.</param>
/// <param name="Submissions">Every submission of the class folder, in name order, whatever share was graded.</param>
/// <param name="Shards">The shares of the class this output holds (<c>K/N</c>); <c>1/1</c> for the whole class.</param>
/// <param name="Similarity">The similarity report asked for, or null.</param>
public sealed record BatchRecord(
    string Class,
    IReadOnlyList<string> Submissions,
    IReadOnlyList<string> Shards,
    SimilarityRequest? Similarity
)
{
    /// <summary>The file's name in a batch's output.</summary>
    public const string FileName = "batch.json";

    /// <summary>Writes the record into <paramref name="directory"/> atomically.</summary>
    public Task SaveAsync(string directory, CancellationToken cancellationToken) =>
        AtomicFile.WriteAsync(
            Path.Combine(directory, FileName),
            writer => writer.WriteLineAsync(JsonSerializer.Serialize(this, ResultJson.Options)),
            cancellationToken
        );

    /// <summary>The record in <paramref name="directory"/>, or null when there is none or it is unreadable (an output
    /// of an older grader, or results copied by hand).</summary>
    public static BatchRecord? Load(string directory)
    {
        try
        {
            return JsonSerializer.Deserialize<BatchRecord>(
                File.ReadAllText(Path.Combine(directory, FileName)),
                ResultJson.Options
            );
        }
        catch (Exception e) when (e is IOException or JsonException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
