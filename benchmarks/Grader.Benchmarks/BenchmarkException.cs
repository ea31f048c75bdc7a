namespace Grader.Benchmarks;

/// <summary>A reason the benchmark cannot run at all, in one sentence for the command line.</summary>
internal sealed class BenchmarkException(string message) : Exception(message);
