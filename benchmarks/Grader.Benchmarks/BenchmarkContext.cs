namespace Grader.Benchmarks;

/// <summary>What every section gets: the workspace, the settings and the log.</summary>
internal sealed record BenchmarkContext(Workspace Workspace, BenchmarkSettings Settings, Log Log);
