namespace Grader.Platforms;

/// <summary>How a <see cref="Platform"/> is named on the command line and in what the grader says.</summary>
public static class PlatformNames
{
    /// <summary>Every platform by its option value, in the order <c>--help</c> lists them.</summary>
    public static IReadOnlyList<Platform> All { get; } = Enum.GetValues<Platform>();

    /// <summary>Its value for <c>--from</c> and in <c>roster.csv</c>: <c>canvas</c>, <c>moodle</c>,
    /// <c>blackboard</c>, <c>classroom</c>.</summary>
    public static string OptionValue(this Platform platform) => platform.ToString().ToLowerInvariant();

    /// <summary>Its name for people: Canvas, Moodle, Blackboard, GitHub Classroom.</summary>
    public static string Title(this Platform platform) =>
        platform == Platform.Classroom ? "GitHub Classroom" : platform.ToString();

    /// <summary>The platform whose option value is <paramref name="value"/> (any case), or null.</summary>
    public static Platform? Parse(string value) =>
        All.Where(p => string.Equals(p.OptionValue(), value, StringComparison.OrdinalIgnoreCase))
            .Select(p => (Platform?)p)
            .FirstOrDefault();
}
