using Grader.Rubric;

namespace Grader.Labs.Lab1Sockets;

/// <summary>The <see cref="CheckCatalog"/>'s checks as the assignment loader sees them.</summary>
internal sealed class CatalogKinds : ICheckKinds
{
    /// <inheritdoc />
    public IReadOnlyList<CheckSetting>? SettingsOf(Role role, string kind) => CheckCatalog.SettingsOf(role, kind);

    /// <inheritdoc />
    public IEnumerable<CheckSetting> AllSettings => CheckCatalog.AllSettings;
}
