namespace Grader.Rubric;

/// <summary>The deadlines checks wait on. A correct program never reaches one.</summary>
/// <param name="ServerStart">From launch until the server's port is bound.</param>
/// <param name="Reply">From a request until its reply.</param>
/// <param name="Concurrency">How long a second client may wait while a first one is idle, for a concurrent
/// server.</param>
/// <param name="ClientRun">From a client's launch until it has exited.</param>
/// <param name="Build">For the submission's one build.</param>
public sealed record Timeouts(
    TimeSpan ServerStart,
    TimeSpan Reply,
    TimeSpan Concurrency,
    TimeSpan ClientRun,
    TimeSpan Build
);
