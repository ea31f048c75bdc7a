using Grader.Labs.UdpPinger;
using Grader.Results;
using Grader.Rubric;
using Grader.Tests.Support;

namespace Grader.Tests.Labs.UdpPinger;

/// <summary>Grades ping clients with the pinger lab's shipped rubric, in the namespace sandbox, as <c>grader grade
/// --lab udp-pinger</c> does.</summary>
internal static class PingerGrading
{
    /// <summary>The lab's rubric as shipped.</summary>
    public static Assignment Rubric { get; } = AssignmentLoader.LoadShipped(new PingerLab().Definition);

    /// <summary>The lab's examples, in order.</summary>
    public static IReadOnlyList<string> Examples { get; } = ExampleReadme.NamesOf(PingerLab.Name);

    /// <summary>Grades <paramref name="folder"/> by the shipped rubric.</summary>
    public static Task<GradeResult> GradeAsync(string folder) => LabGrading.GradeAsync(folder, assignment: Rubric);

    /// <summary>The ids of the required checks that failed, in order.</summary>
    public static IReadOnlyList<string> Fails(this GradeResult result) =>
        [.. result.Checks.Where(c => c.Required && c.Status == CheckStatus.Failed).Select(c => c.Id)];

    /// <summary>The ids of the robustness checks that failed, in order.</summary>
    public static IReadOnlyList<string> Misses(this GradeResult result) =>
        [.. result.Checks.Where(c => !c.Required && c.Status == CheckStatus.Failed).Select(c => c.Id)];
}
