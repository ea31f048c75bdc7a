namespace Grader.Rubric;

/// <summary>A check's setting whose value is a <typeparamref name="T"/>; made by the factories of <see
/// cref="CheckSetting"/>.</summary>
/// <typeparam name="T">The value's type: <see cref="string"/>, <see cref="int"/>, <see cref="TimeSpan"/> or <see
/// cref="bool"/>, nullable for a setting without a fixed default.</typeparam>
public sealed class CheckSetting<T> : CheckSetting
{
    internal CheckSetting(
        string name,
        SettingType type,
        string description,
        T @default,
        int minimum = 0,
        int maximum = 0
    )
        : base(name, type, description, minimum, maximum)
    {
        Default = @default;
    }

    /// <summary>The value a check gets when the assignment gives none.</summary>
    public T Default { get; }
}
