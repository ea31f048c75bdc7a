using Grader.Launching;
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

/// <summary>How one role's program is started, or why it cannot be.</summary>
public abstract record RoleLaunch
{
    private RoleLaunch() { }

    /// <summary>Ready to run with <paramref name="Command"/>; the role's program is <paramref
    /// name="Program"/>.</summary>
    public sealed record Ready(RoleProgram Program, ProgramCommand Command) : RoleLaunch;

    /// <summary>No program for the role: <paramref name="Reason"/> says what was looked for.</summary>
    public sealed record Missing(string Reason) : RoleLaunch;

    /// <summary>The build failed: <paramref name="Summary"/> in one sentence, <paramref name="CompilerOutput"/> its
    /// first error lines.</summary>
    public sealed record BuildFailed(RoleProgram Program, string Summary, string CompilerOutput)
        : RoleLaunch;
}
