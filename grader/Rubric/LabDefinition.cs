namespace Grader.Rubric;

/// <summary>
/// A lab as an assignment file needs it: its name, its roles, its port and its shipped rubric, and the kinds of check
/// its rubric may name. The lab's module (<c>grader/Labs/&lt;Lab&gt;/</c>) defines it; the rubric names no lab.
/// </summary>
/// <param name="Name">The name users choose it by (<c>--lab</c>, an assignment file's <c>lab:</c>), such as
/// <c>lab1-sockets</c>.</param>
/// <param name="Title">One line for <c>grader labs</c> and reports.</param>
/// <param name="Roles">Its programs, in report order.</param>
/// <param name="DefaultPort">The port its programs use when an assignment names none.</param>
/// <param name="RubricFile">Its shipped rubric, a path of <see cref="ShippedFiles"/>.</param>
/// <param name="Kinds">The check kinds its rubric may name, and their settings.</param>
public sealed record LabDefinition(
    string Name,
    string Title,
    IReadOnlyList<Role> Roles,
    int DefaultPort,
    string RubricFile,
    ICheckKinds Kinds
)
{
    /// <summary>For a lab an assignment file defines, the grader's lab whose module grades it (its check kinds, probes
    /// and role graders); null for a module's own lab.</summary>
    public string? Base { get; init; }

    /// <summary>The role named <paramref name="name"/>, or null when the lab has none.</summary>
    public Role? FindRole(string name) => Roles.FirstOrDefault(r => r.Name == name);
}
