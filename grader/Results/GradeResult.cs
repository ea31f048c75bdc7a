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

    /// <summary>
    /// What was done with the submission's files before grading, one line each: what was unpacked, what was left out
    /// and why ("left out `a/loop`: a link to a folder (`..`), not followed"), which of two copies of a program was
    /// graded. Empty when the folder was graded as it is, and in results stored before notes were kept.
    /// </summary>
    public IReadOnlyList<string> Notes
    {
        get => _notes;
        init => _notes = value ?? [];
    }

    private readonly IReadOnlyList<string> _notes = [];
}
