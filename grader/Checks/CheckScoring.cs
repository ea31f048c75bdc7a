using Grader.Results;
using Grader.Rubric;

namespace Grader.Checks;

/// <summary>The grading rules that turn a check's outcome into a scored <see cref="CheckResult"/>.</summary>
public static class CheckScoring
{
    /// <summary>Why <paramref name="spec"/> is skipped because the check it needs did not pass, or null.</summary>
    public static string? UnmetNeed(CheckSpec spec, IEnumerable<CheckResult> earlier) =>
        spec.Needs is { } needed
        && earlier.FirstOrDefault(r => r.Id == $"{spec.Role.Name}/{needed}") is { Passed: false } unmet
            ? $"skipped: it needs {unmet.Id}, which did not pass"
            : null;

    /// <summary>The result of running <paramref name="spec"/> to <paramref name="outcome"/>.</summary>
    public static CheckResult Score(
        CheckSpec spec,
        CheckOutcome outcome,
        IReadOnlyList<TranscriptEntry> transcript,
        ProgramOutput? output
    )
    {
        var passed = outcome.Status == CheckStatus.Passed;
        return new CheckResult(
            spec.FullId,
            spec.Role.Name,
            spec.Title,
            spec.Required,
            spec.Visibility,
            outcome.Status,
            passed,
            passed ? spec.Points : 0,
            outcome.Counted ? spec.Points : 0,
            outcome.Message,
            transcript,
            passed ? null : output
        )
        {
            Image = outcome.Image,
            Packets = (transcript as TranscriptEntries)?.Packets,
        };
    }
}
