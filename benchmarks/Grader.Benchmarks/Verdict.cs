namespace Grader.Benchmarks;

/// <summary>Whether a figure meets its goal.</summary>
internal enum Verdict
{
    /// <summary>The goal is met.</summary>
    Met,

    /// <summary>The goal is missed.</summary>
    Missed,

    /// <summary>A figure without a goal, or one that could not be measured here.</summary>
    Info,
}
