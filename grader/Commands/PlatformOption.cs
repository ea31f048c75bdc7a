using System.CommandLine;
using Grader.Platforms;

namespace Grader.Commands;

/// <summary><c>--from auto|canvas|moodle|blackboard|classroom</c>: whose bulk download the argument is, for
/// <c>batch</c> and <c>class import</c>.</summary>
internal static class PlatformOption
{
    /// <summary>What <c>--from</c> takes to recognise the platform.</summary>
    public const string Auto = "auto";

    /// <summary>The option; <paramref name="required"/> for <c>class import</c>, absent by default for
    /// <c>batch</c> (a plain class folder).</summary>
    public static Option<string?> Create(bool required)
    {
        var option = new Option<string?>("--from")
        {
            Description =
                $"The learning platform whose bulk download this is: {Auto} (recognised from its names, and said), {string.Join(", ", PlatformNames.All.Select(p => p.OptionValue()))}.",
            Required = required,
        };
        option.AcceptOnlyFromAmong([Auto, .. PlatformNames.All.Select(p => p.OptionValue())]);
        return option;
    }

    /// <summary>The platform chosen, or null for <c>auto</c>.</summary>
    public static Platform? Chosen(string value) => value == Auto ? null : PlatformNames.Parse(value);
}
