using Grader.Launching;
using Grader.Results;
using Grader.Rubric;

namespace Grader.Labs;

/// <summary>
/// A lab's own way of grading one of its roles: it runs the program <see cref="GradeAsync"/> is given (through
/// Sessions, in the sandbox it was made for) against the lab's probes, and scores each check of the role once
/// (<see cref="Checks.CheckScoring"/>).
/// </summary>
public interface IRoleGrader
{
    /// <summary>Runs the program <paramref name="command"/> starts and judges it by every check of <paramref
    /// name="role"/>, in the role's order.</summary>
    Task<IReadOnlyList<CheckResult>> GradeAsync(
        RoleSpec role,
        ProgramCommand command,
        CancellationToken cancellationToken
    );
}
