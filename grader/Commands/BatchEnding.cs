using Grader.Batch;
using Grader.Errors;

namespace Grader.Commands;

/// <summary>How <c>batch</c> and <c>merge</c> end: write the class reports, say what is where, name what could not be
/// graded.</summary>
internal static class BatchEnding
{
    /// <summary>Writes the reports of <paramref name="store"/> and returns the exit code: 0 when every submission was
    /// graded, 3 when some could not be.</summary>
    public static async Task<int> FinishAsync(ResultStore store, string what, CancellationToken cancellationToken)
    {
        var written = await store.WriteReportsAsync(cancellationToken);
        var results = store.Load();
        Console.WriteLine(
            $"{what}: {results.Results.Count} result{(results.Results.Count == 1 ? "" : "s")} in {Path.Combine(store.Directory, "results")}"
        );
        Console.WriteLine($"wrote {string.Join(", ", written.Select(Path.GetFileName))} in {store.Directory}");
        if (results.Ungraded.Count == 0)
            return ExitCodes.Passed;
        Console.Error.WriteLine(
            $"grader: {results.Ungraded.Count} submission{(results.Ungraded.Count == 1 ? "" : "s")} could not be graded:"
        );
        foreach (var ungraded in results.Ungraded)
            Console.Error.WriteLine($"  {ungraded.Submission}: {ungraded.Reason}");
        return ExitCodes.CouldNotGrade;
    }
}
