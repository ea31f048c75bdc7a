namespace Grader.Results;

/// <summary>What happened on the wire, as the grader's probe saw it.</summary>
public enum TranscriptEvent
{
    /// <summary>The probe connected to the program (TCP) or opened its socket (UDP).</summary>
    Connected,

    /// <summary>The program connected to the probe server.</summary>
    Accepted,

    /// <summary>The probe sent bytes to the program.</summary>
    Sent,

    /// <summary>The probe received bytes from the program.</summary>
    Received,

    /// <summary>The program closed its side of the connection.</summary>
    ClosedByProgram,

    /// <summary>The probe closed its side of the connection.</summary>
    Closed,

    /// <summary>The probe reset the connection (RST).</summary>
    Reset,

    /// <summary>The program reset the connection.</summary>
    ResetByProgram,

    /// <summary>Nothing came before the deadline.</summary>
    TimedOut,

    /// <summary>The connection was refused: nothing listens.</summary>
    Refused,

    /// <summary>A remark by the grader.</summary>
    Note,
}

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
