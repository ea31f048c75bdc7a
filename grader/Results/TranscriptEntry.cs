namespace Grader.Results;

/// <summary>One event of a probe's exchange with a program.</summary>
/// <param name="AtMs">Milliseconds since the check began.</param>
/// <param name="Peer">Which probe connection it happened on, such as <c>client 1</c>.</param>
/// <param name="Event">What happened.</param>
/// <param name="Data">The bytes sent or received, shown as text with control characters escaped; or the note.</param>
/// <param name="Bytes">How many bytes were sent or received.</param>
public sealed record TranscriptEntry(
    double AtMs,
    string Peer,
    TranscriptEvent Event,
    string? Data = null,
    int Bytes = 0
);
