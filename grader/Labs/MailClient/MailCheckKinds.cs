using Grader.Rubric;

namespace Grader.Labs.MailClient;

/// <summary>The mail client lab's check kinds (<see cref="MailChecks"/>) as the assignment loader sees them.</summary>
internal sealed class MailCheckKinds : ICheckKinds
{
    /// <inheritdoc />
    public IReadOnlyList<CheckSetting>? SettingsOf(Role role, string kind) =>
        MailClientLab.Plays(role) ? MailChecks.Find(kind)?.Settings : null;

    /// <inheritdoc />
    public IEnumerable<CheckSetting> AllSettings => MailChecks.All.SelectMany(c => c.Settings).Distinct();
}
