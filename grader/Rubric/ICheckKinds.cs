namespace Grader.Rubric;

/// <summary>
/// The kinds of check an assignment file may name, and the settings each declares. The checks live above the rubric,
/// which names none of them, so the loader is given these.
/// </summary>
public interface ICheckKinds
{
    /// <summary>The settings a check of <paramref name="kind"/> declares for <paramref name="role"/>, or null when the
    /// grader has no such check for that role.</summary>
    IReadOnlyList<CheckSetting>? SettingsOf(Role role, string kind);

    /// <summary>Every setting some kind declares: the keys a check may have besides those every check has.</summary>
    IEnumerable<CheckSetting> AllSettings { get; }
}
