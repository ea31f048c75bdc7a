using Grader.Results;

namespace Grader.Reports;

/// <summary>What <c>grade</c> adds when it runs in CI: a Markdown job summary, and GitHub annotations for failed
/// checks.</summary>
public static class CiEnvironment
{
    /// <summary>The file GitHub Actions shows as the job's summary, when running there.</summary>
    public static string? StepSummary =>
        Environment.GetEnvironmentVariable("GITHUB_STEP_SUMMARY") is { Length: > 0 } path ? path : null;

    /// <summary>Whether this runs inside GitHub Actions, which reads annotations from the output.</summary>
    public static bool InGitHubActions => Environment.GetEnvironmentVariable("GITHUB_ACTIONS") == "true";

    /// <summary>
    /// Appends the Markdown report to <paramref name="summaryPath"/> when given, and in GitHub Actions prints one
    /// <c>::error</c> annotation per failed check (to standard error when the report itself goes to standard output, so
    /// a JSON or XML report stays clean).
    /// </summary>
    public static async Task PublishAsync(
        GradeResult result,
        ReportContext context,
        string? summaryPath,
        bool toStandardOutput,
        CancellationToken cancellationToken
    )
    {
        if (summaryPath is not null)
        {
            await using var writer = new StreamWriter(summaryPath, append: true);
            await new MarkdownReport().WriteAsync(result, context, writer, cancellationToken);
        }
        if (!InGitHubActions)
            return;
        var annotations = toStandardOutput ? Console.Error : Console.Out;
        foreach (var line in Annotations(result.For(context), context))
            await annotations.WriteLineAsync(line.AsMemory(), cancellationToken);
    }

    /// <summary>
    /// One GitHub <c>::error</c> workflow command per fault (a failed required check, or a role that could not be
    /// checked), and one <c>::warning</c> per robustness-only check that failed.
    /// </summary>
    public static IEnumerable<string> Annotations(GradeResult result, ReportContext context)
    {
        foreach (var role in result.Roles.Where(r => r.Problem is not null))
            yield return $"::error title={Property($"{role.Role} could not be checked")}::{Data(role.Problem!)}";
        foreach (var check in result.Checks.Where(c => c.IsFault).Concat(result.Checks.Where(c => c.IsRobustnessMiss)))
        {
            var title = check.IsDetailed(context) ? $"{check.Id}: {check.Title}" : $"{check.Id} (hidden)";
            yield return check.Required
                ? $"::error title={Property(title)}::{Data(check.Message)}"
                : $"::warning title={Property($"{title} (robustness, not required)")}::{Data(check.Message)}";
        }
    }

    // GitHub's workflow-command escaping: data escapes %, CR, LF; properties also : and ,.
    private static string Data(string text) =>
        text.Replace("%", "%25", StringComparison.Ordinal)
            .Replace("\r", "%0D", StringComparison.Ordinal)
            .Replace("\n", "%0A", StringComparison.Ordinal);

    private static string Property(string text) =>
        Data(text).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);
}
