using System.Collections.Immutable;

namespace Grader.Rubric;

/// <summary>
/// The settings of one check as its assignment gives them: immutable, typed, and read back through the settings its
/// kind declares (<c>spec.Settings.Get(Clients)</c>), which fall back to their defaults.
/// </summary>
public sealed class CheckSettings : IEquatable<CheckSettings>
{
    private readonly ImmutableDictionary<CheckSetting, object> _values;

    private CheckSettings(IReadOnlyList<CheckSetting> declared, ImmutableDictionary<CheckSetting, object> values)
    {
        Declared = declared;
        _values = values;
    }

    /// <summary>No settings: a check whose kind declares none.</summary>
    public static CheckSettings None { get; } = new([], ImmutableDictionary<CheckSetting, object>.Empty);

    /// <summary>The settings <paramref name="declared"/> by a check's kind, none of them given yet.</summary>
    public static CheckSettings Of(IReadOnlyList<CheckSetting> declared) =>
        new([.. declared], ImmutableDictionary<CheckSetting, object>.Empty);

    /// <summary>The settings the check's kind declares, whether given or not.</summary>
    public IReadOnlyList<CheckSetting> Declared { get; }

    /// <summary>These settings with <paramref name="setting"/> given as <paramref name="value"/>.</summary>
    /// <exception cref="ArgumentException">The check's kind does not declare <paramref name="setting"/>.</exception>
    public CheckSettings With<T>(CheckSetting<T> setting, T value) => With((CheckSetting)setting, (object?)value);

    /// <summary>Whether the assignment gives <paramref name="setting"/> a value (false for a setting the kind does
    /// not declare).</summary>
    public bool IsSet(CheckSetting setting) => _values.ContainsKey(setting);

    /// <summary>The value the assignment gives <paramref name="setting"/>, or its default.</summary>
    /// <exception cref="InvalidOperationException">The check's kind does not declare <paramref name="setting"/>: a
    /// check that reads a setting it does not list would never see the assignment's value.</exception>
    public T Get<T>(CheckSetting<T> setting)
    {
        if (_values.TryGetValue(setting, out var value))
            return (T)value;
        if (!Declared.Contains(setting))
            throw new InvalidOperationException(
                $"the setting '{setting.Name}' is read by a check whose kind does not declare it"
            );
        return setting.Default;
    }

    internal CheckSettings With(CheckSetting setting, object? value)
    {
        if (!Declared.Contains(setting))
            throw new ArgumentException(
                $"the check's kind does not declare the setting '{setting.Name}'",
                nameof(setting)
            );
        return new(Declared, value is null ? _values.Remove(setting) : _values.SetItem(setting, value));
    }

    /// <inheritdoc />
    public bool Equals(CheckSettings? other) =>
        other is not null
        && Declared.SequenceEqual(other.Declared)
        && _values.Count == other._values.Count
        && _values.All(kv => other._values.TryGetValue(kv.Key, out var value) && Equals(kv.Value, value));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as CheckSettings);

    /// <inheritdoc />
    public override int GetHashCode() => Declared.Count ^ _values.Count;

    /// <inheritdoc />
    public override string ToString() => string.Join(", ", _values.Select(kv => $"{kv.Key.Name}: {kv.Value}"));
}
