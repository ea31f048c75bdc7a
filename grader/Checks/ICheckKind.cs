using Grader.Rubric;

namespace Grader.Checks;

/// <summary>
/// A kind of check as a rubric names it: its name, the settings it takes, and the roles it applies to. A server check
/// (<see cref="IServerCheck"/>) is one, and so is each client lab's check; a lab lists them in its <see
/// cref="CheckKinds"/>.
/// </summary>
public interface ICheckKind
{
    /// <summary>The name assignment files use for it, such as <c>uppercase</c>.</summary>
    string Kind { get; }

    /// <summary>The settings an assignment may give it besides the keys every check has; none unless it declares
    /// some.</summary>
    IReadOnlyList<CheckSetting> Settings => [];

    /// <summary>Whether it makes sense for <paramref name="role"/>.</summary>
    bool AppliesTo(Role role);
}
