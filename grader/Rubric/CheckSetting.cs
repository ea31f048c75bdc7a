using System.Globalization;

namespace Grader.Rubric;

/// <summary>
/// A setting one kind of check declares, beside the keys every check has: its key in assignment files, the values it
/// takes and what it means. Checks declare each as a static <see cref="CheckSetting{T}"/> field, list them in their
/// <c>Settings</c>, and read the assignment's value back with <see cref="CheckSettings.Get{T}"/>.
/// </summary>
public abstract class CheckSetting
{
    private readonly int _minimum;
    private readonly int _maximum;

    private protected CheckSetting(string name, SettingType type, string description, int minimum = 0, int maximum = 0)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(description);
        if (minimum > maximum)
            throw new ArgumentOutOfRangeException(nameof(minimum), "the range is empty");
        Name = name;
        Type = type;
        Description = description;
        _minimum = minimum;
        _maximum = maximum;
    }

    /// <summary>Its key in assignment files, such as <c>clients</c>.</summary>
    public string Name { get; }

    /// <summary>What kind of value it takes.</summary>
    public SettingType Type { get; }

    /// <summary>What it changes in the check, in a few words.</summary>
    public string Description { get; }

    /// <summary>The values it takes, as an error message says them, such as <c>a whole number from 1 to
    /// 100</c>.</summary>
    public string Values =>
        Type switch
        {
            SettingType.Text => "text",
            SettingType.WholeNumber => string.Create(
                CultureInfo.InvariantCulture,
                $"a whole number from {_minimum} to {_maximum}"
            ),
            SettingType.Duration => "a duration such as 500ms, 2s or 1.5m",
            _ => "true or false",
        };

    /// <summary>The value <paramref name="map"/> gives this setting, boxed; null when it gives none.</summary>
    /// <exception cref="AssignmentException">The value is not one of <see cref="Values"/>.</exception>
    internal object? Read(YamlMap map) =>
        Type switch
        {
            SettingType.Text => map.String(Name),
            SettingType.WholeNumber => map.Int(Name, _minimum, _maximum),
            SettingType.Duration => map.Duration(Name),
            _ => map.Bool(Name),
        };

    /// <summary>A text setting, <paramref name="default"/> when the assignment gives none.</summary>
    public static CheckSetting<string> Text(string name, string @default, string description) =>
        new(name, SettingType.Text, description, @default);

    /// <summary>A text setting without a fixed default: null when the assignment gives none.</summary>
    public static CheckSetting<string?> OptionalText(string name, string description) =>
        new(name, SettingType.Text, description, null);

    /// <summary>A whole number from <paramref name="minimum"/> to <paramref name="maximum"/>.</summary>
    public static CheckSetting<int> WholeNumber(
        string name,
        int minimum,
        int maximum,
        int @default,
        string description
    ) =>
        @default < minimum || @default > maximum
            ? throw new ArgumentOutOfRangeException(nameof(@default), "the default is out of the range")
            : new(name, SettingType.WholeNumber, description, @default, minimum, maximum);

    /// <summary>A duration longer than zero.</summary>
    public static CheckSetting<TimeSpan> Duration(string name, TimeSpan @default, string description) =>
        new(name, SettingType.Duration, description, @default);

    /// <summary>A duration without a fixed default: null when the assignment gives none.</summary>
    public static CheckSetting<TimeSpan?> OptionalDuration(string name, string description) =>
        new(name, SettingType.Duration, description, null);

    /// <summary>A setting that is <c>true</c> or <c>false</c>.</summary>
    public static CheckSetting<bool> Flag(string name, bool @default, string description) =>
        new(name, SettingType.Flag, description, @default);

    /// <inheritdoc />
    public override string ToString() => Name;
}
