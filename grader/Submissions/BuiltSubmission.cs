using Grader.Languages;
using Grader.Rubric;

namespace Grader.Submissions;

/// <summary>A submission after its one build: for each role, how to run it, or why it cannot run.</summary>
/// <param name="Submission">What was found.</param>
/// <param name="Launches">One entry per role of the lab.</param>
/// <param name="BuildTime">How long building took.</param>
public sealed record BuiltSubmission(
    Submission Submission,
    IReadOnlyDictionary<Role, RoleLaunch> Launches,
    TimeSpan BuildTime
);
