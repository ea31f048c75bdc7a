namespace Grader.Benchmarks;

/// <summary>How the benchmark runs.</summary>
/// <param name="Runs">Measured runs of each side of a comparison (after one warm-up round).</param>
/// <param name="BatchRuns">Measured runs of each side of the batch comparison, which is much longer.</param>
/// <param name="BatchSize">How many copies of the correct submission the batch grades.</param>
/// <param name="ScalingSize">How many submissions the scaling section's class holds.</param>
/// <param name="Sections">Which sections run.</param>
/// <param name="Build">Whether to build the grader in Release first.</param>
internal sealed record BenchmarkSettings(
    int Runs,
    int BatchRuns,
    int BatchSize,
    int ScalingSize,
    IReadOnlySet<string> Sections,
    bool Build
);
