using Grader.Results;

namespace Grader.Platforms.Gradebooks;

/// <summary>A platform's gradebook import file, written from a batch's results and the roster of the download they came
/// from.</summary>
public interface IGradebook
{
    /// <summary>The platform that imports it, and whose ids it needs.</summary>
    Platform Platform { get; }

    /// <summary>The file it is written to in a batch's output folder.</summary>
    string FileName { get; }

    /// <summary>Writes one row per student of <paramref name="roster"/> with a result in <paramref name="results"/>
    /// (graded, or not gradable: then no grade and why).</summary>
    Task WriteAsync(
        ClassResult results,
        Roster roster,
        GradebookSettings settings,
        TextWriter output,
        CancellationToken cancellationToken
    );
}
