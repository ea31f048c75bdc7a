using Grader.Results;

namespace Grader.Probes;

/// <summary>The probe could not reach the program: <see cref="What"/> says how, the message in words for a
/// student.</summary>
public sealed class ProbeException(TranscriptEvent what, string message) : Exception(message)
{
    /// <summary>How the probe failed: <see cref="TranscriptEvent.Refused"/>, <see cref="TranscriptEvent.TimedOut"/> or
    /// a reset.</summary>
    public TranscriptEvent What { get; } = what;
}
