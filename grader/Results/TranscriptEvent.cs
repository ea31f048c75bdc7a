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
