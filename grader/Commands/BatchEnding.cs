using Grader.Batch;
using Grader.Errors;
using Grader.Platforms;
using Grader.Platforms.Gradebooks;

namespace Grader.Commands;

/// <summary>How <c>batch</c> and <c>merge</c> end: write the class reports (and the gradebook file asked for), say what
/// is where, name what could not be graded.</summary>
internal static class BatchEnding
{
    /// <summary>Writes the reports of <paramref name="store"/>, and <paramref name="gradebook"/>'s file when given, and
    /// returns the exit code: 0 when every submission was graded, 3 when some could not be.</summary>
    public static async Task<int> FinishAsync(
        ResultStore store,
        string what,
        CancellationToken cancellationToken,
        GradebookRequest? gradebook = null
    )
    {
        var written = (await store.WriteReportsAsync(cancellationToken)).ToList();
        if (gradebook is not null)
            written.Add(
                await Gradebooks.WriteAsync(
                    gradebook.Gradebook,
                    store,
                    gradebook.Roster,
                    gradebook.Settings,
                    cancellationToken
                )
            );
        var results = store.Load();
        Console.WriteLine(
            $"{what}: {results.Results.Count} result{(results.Results.Count == 1 ? "" : "s")} in {Path.Combine(store.Directory, "results")}"
        );
        Console.WriteLine($"wrote {string.Join(", ", written.Select(Path.GetFileName))} in {store.Directory}");
        if (gradebook is not null)
            Console.WriteLine(Describe(gradebook, results));
        if (results.Ungraded.Count == 0)
            return ExitCodes.Passed;
        Console.Error.WriteLine(
            $"grader: {results.Ungraded.Count} submission{(results.Ungraded.Count == 1 ? "" : "s")} could not be graded:"
        );
        foreach (var ungraded in results.Ungraded)
            Console.Error.WriteLine($"  {ungraded.Submission}: {ungraded.Reason}");
        return ExitCodes.CouldNotGrade;
    }

    private static string Describe(GradebookRequest request, Results.ClassResult results)
    {
        var rows = GradebookRow.Of(results, request.Roster, request.Settings.Points);
        var graded = rows.Count(r => r.Grade.Grade is not null);
        var outOf = request.Settings.Points is { } points
            ? $"scaled to {GradebookGrade.Number(points)} points"
            : "out of the rubric's required points";
        return $"{request.Gradebook.FileName}: {graded} grade{(graded == 1 ? "" : "s")} {outOf}"
            + (rows.Count > graded ? $", {rows.Count - graded} left empty (could not be graded)" : "")
            + $"; upload it to {request.Gradebook.Platform.Title()}";
    }
}
