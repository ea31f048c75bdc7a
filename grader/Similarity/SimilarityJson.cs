using System.Text.Json;
using Grader.Results;

namespace Grader.Similarity;

/// <summary><c>similarity.json</c>: the whole report, texts of the matched files included, so the class reports can be
/// written again from a batch's output alone.</summary>
public static class SimilarityJson
{
    /// <summary>The file's name in a batch's output.</summary>
    public const string FileName = "similarity.json";

    /// <summary>Writes <paramref name="report"/> as JSON to <paramref name="output"/>.</summary>
    public static Task WriteAsync(SimilarityReport report, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        return output.WriteLineAsync(
            JsonSerializer.Serialize(report, ResultJson.Options).AsMemory(),
            cancellationToken
        );
    }

    /// <summary>The report stored at <paramref name="path"/>, or null when there is none or it is unreadable.</summary>
    public static SimilarityReport? Read(string path)
    {
        try
        {
            return JsonSerializer.Deserialize<SimilarityReport>(File.ReadAllText(path), ResultJson.Options);
        }
        catch (Exception e) when (e is IOException or JsonException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
