namespace Grader.Batch;

/// <summary>How a batch runs.</summary>
/// <param name="Parallel">How many submissions are graded at once.</param>
/// <param name="Resume">Whether stored results of unchanged submissions are kept rather than graded again.</param>
public sealed record BatchOptions(int Parallel, bool Resume);
