using Grader.Results;

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
}
