using Grader.Results;
using Grader.Similarity;

namespace Grader.Reports;

/// <summary>A format that also shows a whole class at once, written by <c>grader batch</c> and <c>grader
/// merge</c>.</summary>
public interface IBatchReport
{
    /// <summary>The file a batch writes it to, in its output folder, such as <c>junit.xml</c>.</summary>
    string BatchFileName { get; }

    /// <summary>Writes the grades of a whole class to <paramref name="output"/>; the same grades always give the same
    /// text.</summary>
    Task WriteAsync(ClassResult results, TextWriter output, CancellationToken cancellationToken);

    /// <summary>Writes the grades of a whole class and, in a format that shows one, its <paramref
    /// name="similarity"/> report (when the class was compared); by default the grades alone.</summary>
    Task WriteAsync(
        ClassResult results,
        SimilarityReport? similarity,
        TextWriter output,
        CancellationToken cancellationToken
    ) => WriteAsync(results, output, cancellationToken);
}
