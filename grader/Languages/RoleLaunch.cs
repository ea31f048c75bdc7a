using Grader.Launching;

namespace Grader.Languages;

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
    public sealed record BuildFailed(RoleProgram Program, string Summary, string CompilerOutput) : RoleLaunch;
}
