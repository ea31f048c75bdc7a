namespace Grader.Rubric;

/// <summary>The transport protocol a program serves on.</summary>
public enum Transport
{
    /// <summary>TCP: ready when a socket listens on the port.</summary>
    Tcp,

    /// <summary>UDP: ready when a socket is bound to the port.</summary>
    Udp,
}
