namespace Grader.Rubric;

/// <summary>What a role's checks say together.</summary>
public static class CheckSpecs
{
    /// <summary>
    /// The value of the first of <paramref name="specs"/> that gives <paramref name="setting"/>, or its default: a
    /// setting of the role's one program run (the line typed, a seed), which any check that takes it may give.
    /// </summary>
    public static T FirstGiven<T>(this IEnumerable<CheckSpec> specs, CheckSetting<T> setting)
    {
        ArgumentNullException.ThrowIfNull(setting);
        return specs
            .Where(s => s.Settings.IsSet(setting))
            .Select(s => s.Settings.Get(setting))
            .DefaultIfEmpty(setting.Default)
            .First();
    }
}
