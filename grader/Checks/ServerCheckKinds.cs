using Grader.Rubric;

namespace Grader.Checks;

/// <summary>The check kinds of a lab whose roles are all servers, as the assignment loader needs them: which exist for a
/// role, and the settings each declares.</summary>
/// <param name="checks">The lab's server checks.</param>
public sealed class ServerCheckKinds(IReadOnlyList<IServerCheck> checks) : ICheckKinds
{
    /// <inheritdoc />
    public IReadOnlyList<CheckSetting>? SettingsOf(Role role, string kind) =>
        checks.FirstOrDefault(c => c.Kind == kind && c.AppliesTo(role))?.Settings;

    /// <inheritdoc />
    public IEnumerable<CheckSetting> AllSettings => checks.SelectMany(c => c.Settings).Distinct();
}
