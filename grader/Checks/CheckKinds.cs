using Grader.Rubric;

namespace Grader.Checks;

/// <summary>A lab's check kinds, as the assignment loader needs them: which exist for a role, and the settings each
/// declares.</summary>
/// <param name="kinds">Every check of the lab: its server checks, its client checks, or both.</param>
public sealed class CheckKinds(IReadOnlyList<ICheckKind> kinds) : ICheckKinds
{
    /// <inheritdoc />
    public IReadOnlyList<CheckSetting>? SettingsOf(Role role, string kind) => Find(kinds, role, kind)?.Settings;

    /// <inheritdoc />
    public IEnumerable<CheckSetting> AllSettings => kinds.SelectMany(c => c.Settings).Distinct();

    /// <summary>The check of <paramref name="kind"/> among <paramref name="checks"/> that applies to <paramref
    /// name="role"/>, or null.</summary>
    public static T? Find<T>(IEnumerable<T> checks, Role role, string kind)
        where T : ICheckKind => checks.FirstOrDefault(c => c.Kind == kind && c.AppliesTo(role));
}
