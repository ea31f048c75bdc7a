using System.Text.RegularExpressions;
using Grader.Labs.UdpPinger;
using Grader.Results;
using Grader.Rubric;
using Grader.Tests.Support;

namespace Grader.Tests.Labs.UdpPinger;

/// <summary>Grades ping clients with the pinger lab's shipped rubric, in the namespace sandbox, as <c>grader grade
/// --lab udp-pinger</c> does; and reads what an example's README says it fails and misses.</summary>
internal static partial class PingerGrading
{
    /// <summary>The lab's rubric as shipped.</summary>
    public static Assignment Rubric { get; } = AssignmentLoader.LoadShipped(new PingerLab().Definition);

    /// <summary>The lab's examples, <c>submissions/udp-pinger-*</c>, in order.</summary>
    public static IReadOnlyList<string> Examples { get; } =
        Directory
            .GetDirectories(Path.Combine(Repository.Root, "submissions"), "udp-pinger-*")
            .Select(Path.GetFileName)
            .OfType<string>()
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>Grades <paramref name="folder"/> by the shipped rubric.</summary>
    public static Task<GradeResult> GradeAsync(string folder) => LabGrading.GradeAsync(folder, assignment: Rubric);

    /// <summary>The ids of the required checks that failed, in order.</summary>
    public static IReadOnlyList<string> Fails(this GradeResult result) =>
        [.. result.Checks.Where(c => c.Required && c.Status == CheckStatus.Failed).Select(c => c.Id)];

    /// <summary>The ids of the robustness checks that failed, in order.</summary>
    public static IReadOnlyList<string> Misses(this GradeResult result) =>
        [.. result.Checks.Where(c => !c.Required && c.Status == CheckStatus.Failed).Select(c => c.Id)];

    /// <summary>What <c>submissions/<paramref name="example"/>/README.md</c> states: its lab, the required checks it
    /// fails (none for <c>Fails: nothing</c>) and the robustness checks it misses.</summary>
    public static (string? Lab, IReadOnlyList<string> Fails, IReadOnlyList<string> Misses) Readme(string example)
    {
        var text = File.ReadAllText(Path.Combine(Repository.Submission(example), "README.md"));
        var fails = FailsLine().Matches(text).Select(m => m.Groups[1].Value).ToList();
        return (
            LabLine().Match(text) is { Success: true } lab ? lab.Groups[1].Value : null,
            fails is ["nothing"] ? [] : fails,
            [.. MissesLine().Matches(text).Select(m => m.Groups[1].Value)]
        );
    }

    [GeneratedRegex(@"^Lab: (\S+)\s*$", RegexOptions.Multiline)]
    private static partial Regex LabLine();

    [GeneratedRegex(@"^Fails: (\S+)\s*$", RegexOptions.Multiline)]
    private static partial Regex FailsLine();

    [GeneratedRegex(@"^Misses: (\S+)\s*$", RegexOptions.Multiline)]
    private static partial Regex MissesLine();
}
