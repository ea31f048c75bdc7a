using Grader.Checks;
using Grader.Rubric;

namespace Grader.Labs;

/// <summary>
/// One lab of the course as a module (<c>grader/Labs/&lt;Lab&gt;/</c>): its definition (name, roles, port, shipped
/// rubric) and its checks. The core names no lab: <see cref="LabRegistry"/> finds every implementation in the grader, so
/// adding a lab touches only its own folder.
/// </summary>
public interface ILab
{
    /// <summary>The lab's name, roles, port, rubric and check kinds.</summary>
    LabDefinition Definition { get; }

    /// <summary>Whether this is the lab graded when neither <c>--lab</c> nor an assignment file names one (one lab
    /// is).</summary>
    bool IsDefault => false;

    /// <summary>The server check of <paramref name="kind"/> for <paramref name="role"/>, or null.</summary>
    IServerCheck? ServerCheck(Role role, string kind);

    /// <summary>The client check of <paramref name="kind"/> for <paramref name="role"/>, or null.</summary>
    IClientCheck? ClientCheck(Role role, string kind);
}
