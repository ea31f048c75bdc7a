namespace Grader.Labs.WebServer.Judges;

/// <summary>Why the probe stopped reading a server's reply.</summary>
public enum ReplyEnd
{
    /// <summary>The server closed the connection (FIN), as the handout's server does after each reply.</summary>
    Closed,

    /// <summary>The server reset the connection (RST).</summary>
    Reset,

    /// <summary>The headers had ended and the body had reached the <c>Content-Length</c> they announced.</summary>
    LengthReached,

    /// <summary>Nothing more came before the deadline, and the connection stayed open.</summary>
    TimedOut,
}
