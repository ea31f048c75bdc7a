using Grader.Launching;
using Grader.Results;
using Grader.Rubric;

namespace Grader.Checks.Clients;

/// <summary>One check of a client role waiting to be scored: how it judges, and the run it judges.</summary>
/// <param name="Spec">The check as the rubric gives it.</param>
/// <param name="Judge">Its verdict on the run, asked only when the run says something about the client.</param>
/// <param name="Transcript">The run's exchange with the probe server.</param>
/// <param name="Exit">How the client ended in that run, and what it printed.</param>
public sealed record PendingCheck(
    CheckSpec Spec,
    Func<CheckOutcome> Judge,
    IReadOnlyList<TranscriptEntry> Transcript,
    ProgramExit Exit
);
