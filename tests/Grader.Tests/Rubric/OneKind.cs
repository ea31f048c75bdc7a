using Grader.Rubric;

namespace Grader.Tests.Rubric;

/// <summary>Check kinds for the loader alone: one kind, <c>probe</c>, for every role, declaring <paramref
/// name="settings"/>.</summary>
public sealed class OneKind(params CheckSetting[] settings) : ICheckKinds
{
    /// <inheritdoc />
    public IReadOnlyList<CheckSetting>? SettingsOf(Role role, string kind) => kind == "probe" ? settings : null;

    /// <inheritdoc />
    public IEnumerable<CheckSetting> AllSettings => settings;
}
