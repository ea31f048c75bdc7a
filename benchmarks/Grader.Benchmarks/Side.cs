namespace Grader.Benchmarks;

/// <summary>One side of a comparison: a name and how to run it once.</summary>
/// <param name="Name">What the side is, as printed.</param>
/// <param name="Run">Runs it once and measures it.</param>
internal sealed record Side(string Name, Func<CancellationToken, Task<Measurement>> Run);
