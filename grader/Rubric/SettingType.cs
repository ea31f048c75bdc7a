namespace Grader.Rubric;

/// <summary>What kind of value a <see cref="CheckSetting"/> takes in an assignment file.</summary>
public enum SettingType
{
    /// <summary>Any text, such as a message to send.</summary>
    Text,

    /// <summary>A whole number within the setting's range.</summary>
    WholeNumber,

    /// <summary>A duration longer than zero, such as <c>500ms</c>, <c>2s</c> or <c>1.5m</c>.</summary>
    Duration,

    /// <summary><c>true</c> or <c>false</c>.</summary>
    Flag,
}
