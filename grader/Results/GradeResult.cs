using Grader.Checks;
using Grader.Rubric;

namespace Grader.Results;

/// <summary>The grade of one submission: the stable JSON result that reports and batches build on.</summary>
/// <param name="Submission">The submission folder's name.</param>
/// <param name="Assignment">The assignment's id.</param>
/// <param name="Score">Points earned on required checks: the grade.</param>
/// <param name="MaxScore">Points available on required checks.</param>
/// <param name="RobustnessScore">Points earned on robustness-only checks, scored apart from the grade.</param>
/// <param name="RobustnessMaxScore">Points available on robustness-only checks.</param>
/// <param name="DurationMs">How long grading took.</param>
/// <param name="Sandbox">The sandbox the programs ran in.</param>
/// <param name="Roles">One entry per role of the assignment.</param>
/// <param name="Checks">One entry per check, in assignment order.</param>
public sealed record GradeResult(
    string Submission,
    string Assignment,
    int Score,
    int MaxScore,
    int RobustnessScore,
    int RobustnessMaxScore,
    long DurationMs,
    string Sandbox,
    IReadOnlyList<RoleResult> Roles,
    IReadOnlyList<CheckResult> Checks
)
{
    /// <summary>Whether every role passed, that is every required check.</summary>
    public bool Passed => Roles.All(r => r.Passed);

    /// <summary>A hash of the submission's files when it was graded, so a resumed batch sees what changed; null when
    /// not computed.</summary>
    public string? SubmissionHash { get; init; }
}

/// <summary>The verdict on one role.</summary>
/// <param name="Role">Its name, such as <c>tcp-server</c>.</param>
/// <param name="Passed">Whether all its required checks passed.</param>
/// <param name="Score">Points earned on required checks.</param>
/// <param name="MaxScore">Points available on required checks.</param>
/// <param name="Program">The file or command that plays it, or null when missing.</param>
/// <param name="Problem">Why it could not be checked at all (missing, did not build), or null.</param>
public sealed record RoleResult(
    string Role,
    bool Passed,
    int Score,
    int MaxScore,
    string? Program,
    string? Problem
)
{
    /// <summary>Why this program plays the role, such as "<c>`TCPthreads.py`: a TCP server that starts a thread per
    /// connection</c>"; null when missing or not known (results stored before it was recorded).</summary>
    public string? Reason { get; init; }

    /// <summary>The other files that could have played the role, and the <c>submission.yaml</c> that grades one of them
    /// instead; null when there were none.</summary>
    public string? AlsoFound { get; init; }
}

/// <summary>The verdict on one check.</summary>
/// <param name="Id">Such as <c>tcp-server/uppercase</c>.</param>
/// <param name="Role">The role's name.</param>
/// <param name="Title">One line saying what it checks.</param>
/// <param name="Required">Whether the role needs it to pass.</param>
/// <param name="Visibility">Whether students see its details.</param>
/// <param name="Status">Passed, failed or skipped.</param>
/// <param name="Passed">Whether it passed.</param>
/// <param name="Points">Points earned.</param>
/// <param name="MaxPoints">Points available.</param>
/// <param name="Message">What happened, in words: for a failure, what was expected and what came.</param>
/// <param name="Transcript">The probes' exchange with the program.</param>
/// <param name="Output">The program's output, for failures; null otherwise.</param>
public sealed record CheckResult(
    string Id,
    string Role,
    string Title,
    bool Required,
    Visibility Visibility,
    CheckStatus Status,
    bool Passed,
    int Points,
    int MaxPoints,
    string Message,
    IReadOnlyList<TranscriptEntry> Transcript,
    ProgramOutput? Output
)
{
    /// <summary>A fault: a required check that failed, which costs the grade.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool IsFault => Required && Status == CheckStatus.Failed;

    /// <summary>A robustness-only check that failed: feedback, scored apart, never a fault.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool IsRobustnessMiss => !Required && Status == CheckStatus.Failed;
}

/// <summary>What a program printed, and how it ended, for a failed check's report.</summary>
/// <param name="StandardOutput">Its standard output, up to the cap.</param>
/// <param name="StandardError">Its standard error, up to the cap.</param>
/// <param name="ExitCode">Its exit code, or null while running or when killed.</param>
/// <param name="Truncated">Whether the output was cut at the cap.</param>
public sealed record ProgramOutput(
    string StandardOutput,
    string StandardError,
    int? ExitCode,
    bool Truncated
);
