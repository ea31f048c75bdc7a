namespace Grader.Probes;

/// <summary>The bytes a program sent on one connection, and how the connection ended.</summary>
public sealed record TcpReply(byte[] Bytes, TcpEnd End)
{
    /// <summary>The bytes as text, for messages.</summary>
    public string Text => WireText.Show(Bytes);
}
