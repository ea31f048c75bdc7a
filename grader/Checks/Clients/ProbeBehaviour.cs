namespace Grader.Checks.Clients;

/// <summary>How the probe server behaves during a client's run.</summary>
public enum ProbeBehaviour
{
    /// <summary>Answers at once, as the lab's server does.</summary>
    Normal,

    /// <summary>Answers only after a delay.</summary>
    SlowReply,

    /// <summary>UDP: drops the first datagram without answering, then answers the next one.</summary>
    LoseFirstReply,

    /// <summary>Is not running at all.</summary>
    Absent,
}
