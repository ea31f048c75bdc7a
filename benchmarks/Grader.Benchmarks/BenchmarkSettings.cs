namespace Grader.Benchmarks;

/// <summary>How the benchmark runs.</summary>
/// <param name="Runs">Measured runs of each side of a comparison (after one warm-up round).</param>
/// <param name="BatchRuns">Measured runs of each side of the batch comparison, which is much longer.</param>
/// <param name="BatchSize">How many copies of the correct submission the batch grades.</param>
/// <param name="Sections">Which sections run.</param>
/// <param name="Build">Whether to build the grader in Release first.</param>
internal sealed record BenchmarkSettings(int Runs, int BatchRuns, int BatchSize, IReadOnlySet<string> Sections, bool Build);

/// <summary>What every section gets: the workspace, the settings and the log.</summary>
internal sealed record BenchmarkContext(Workspace Workspace, BenchmarkSettings Settings, Log Log);

/// <summary>One section of the benchmark: it runs its comparisons and returns its figures.</summary>
internal interface IBenchmarkSection
{
    /// <summary>Its name for <c>--only</c>.</summary>
    string Name { get; }

    /// <summary>What it measures, as its heading.</summary>
    string Title { get; }

    /// <summary>Runs it.</summary>
    Task<IReadOnlyList<Figure>> RunAsync(BenchmarkContext context, CancellationToken cancellationToken);
}
