namespace Grader.Rubric;

/// <summary>An assignment: the roles to grade and, for each, its checks, with points and deadlines.</summary>
/// <param name="Id">A short name, such as <c>lab1-sockets</c>.</param>
/// <param name="Title">For reports.</param>
/// <param name="Port">The port the programs use (the lab's, or the file's <c>port:</c>).</param>
/// <param name="Timeouts">Every deadline a check may wait on.</param>
/// <param name="Limits">The bounds every program runs within.</param>
/// <param name="Roles">The roles, in report order.</param>
public sealed record Assignment(
    string Id,
    string Title,
    int Port,
    Timeouts Timeouts,
    ProgramLimits Limits,
    IReadOnlyList<RoleSpec> Roles
)
{
    /// <summary>The lab the assignment is for: its roles, and the check kinds its rubric may name.</summary>
    public required LabDefinition Lab { get; init; }

    /// <summary>
    /// How a program the kernel shows waiting forever, while nothing more will reach it, is judged: stopped at once
    /// (<see cref="HangWatch.Kernel"/>, the default) or at its deadline (<see cref="HangWatch.Deadline"/>, the
    /// environment's <c>GRADER_HANGS=deadline</c>, to compare). The verdict is the same either way, only sooner.
    /// </summary>
    public HangWatch Hangs { get; init; } = HangWatch.Kernel;

    /// <summary>Every check of every role.</summary>
    public IEnumerable<CheckSpec> Checks => Roles.SelectMany(r => r.Checks);
}
