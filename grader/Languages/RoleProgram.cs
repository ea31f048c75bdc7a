using Grader.Rubric;

namespace Grader.Languages;

/// <summary>The program that plays one role.</summary>
/// <param name="Role">The role.</param>
/// <param name="Language">The language's name, such as <c>python</c>, <c>csharp</c>, <c>java</c>, <c>c</c>, <c>c++</c>,
/// <c>executable</c> or <c>manifest</c>.</param>
/// <param name="Source">The file or project it comes from, relative to the submission folder, or the manifest's run
/// command.</param>
public sealed record RoleProgram(Role Role, string Language, string Source)
{
    /// <summary>
    /// Whether the program plays several roles and is told which by the role's name as its first argument,
    /// as a single C# project like the reference does (<c>reference tcp-server</c>).
    /// </summary>
    public bool TakesRoleName { get; init; }

    /// <summary>Why this program was chosen, for reports: "<c>`TCPthreads.py`: a TCP server that starts a thread per
    /// connection</c>"; null when not known.</summary>
    public string? Reason { get; init; }

    /// <summary>The other files that could have played the role, and the <c>submission.yaml</c> that would grade one of
    /// them instead; null when there were none.</summary>
    public string? AlsoFound { get; init; }
}
