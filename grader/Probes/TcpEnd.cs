namespace Grader.Probes;

/// <summary>How the program's side of a TCP exchange ended.</summary>
public enum TcpEnd
{
    /// <summary>The program closed the connection (FIN).</summary>
    Closed,

    /// <summary>The program reset the connection (RST).</summary>
    Reset,

    /// <summary>Nothing more came before the deadline, and the connection stayed open.</summary>
    TimedOut,
}
