namespace Grader.Labs.Lab1Sockets.Checks;

/// <summary>A fixed reply the upper-case check found a server sending whatever it is sent, kept in the role's memory
/// across its server processes, so that later checks recognise it as this server's answer.</summary>
public sealed class FixedReply
{
    /// <summary>The reply, or null while none is known.</summary>
    public string? Text { get; set; }
}
