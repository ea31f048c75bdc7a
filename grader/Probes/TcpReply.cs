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

/// <summary>The bytes a program sent on one connection, and how the connection ended.</summary>
public sealed record TcpReply(byte[] Bytes, TcpEnd End)
{
    /// <summary>The bytes as text, for messages.</summary>
    public string Text => WireText.Show(Bytes);
}
