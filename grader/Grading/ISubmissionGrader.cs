using Grader.Results;

namespace Grader.Grading;

/// <summary>Grades one submission folder: in this process's sandboxes, or inside a container.</summary>
public interface ISubmissionGrader
{
    /// <summary>Grades the submission in <paramref name="directory"/>.</summary>
    /// <exception cref="Submissions.SubmissionException">The folder is missing or its manifest is
    /// unreadable.</exception>
    /// <exception cref="Sandboxes.SandboxUnavailableException">The sandbox could not run the grading.</exception>
    Task<GradeResult> GradeAsync(string directory, CancellationToken cancellationToken);
}
