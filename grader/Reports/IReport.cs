using Grader.Results;

namespace Grader.Reports;

/// <summary>A way to show a grade: for a terminal, for a program, for a CI system.</summary>
public interface IReport
{
    /// <summary>The name users choose it by with <c>--format</c>.</summary>
    string Format { get; }

    /// <summary>Writes <paramref name="result"/> to <paramref name="output"/>.</summary>
    Task WriteAsync(GradeResult result, ReportContext context, TextWriter output, CancellationToken cancellationToken);
}
