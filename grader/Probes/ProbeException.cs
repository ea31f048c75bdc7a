using Grader.Results;

namespace Grader.Probes;

/// <summary>
/// The probe could not reach the program: <see cref="What"/> says how, the message in words for a student. Not a <see
/// cref="Errors.GraderException"/>: it is how a probe tells a check that a socket failed, a verdict about the
/// student's program that checks always catch and report, never a reason for the grader to stop with an exit code. One
/// that escaped a check would be a grader bug, and should surface as one (an internal error), not as a user's mistake.
/// </summary>
/// <param name="what">How the probe failed.</param>
/// <param name="message">What happened, in words for a student.</param>
/// <param name="inner">The socket's own exception, when one caused it.</param>
public sealed class ProbeException(TranscriptEvent what, string message, Exception? inner = null)
    : Exception(message, inner)
{
    /// <summary>How the probe failed: <see cref="TranscriptEvent.Refused"/>, <see cref="TranscriptEvent.TimedOut"/> or
    /// a reset.</summary>
    public TranscriptEvent What { get; } = what;
}
