namespace Reference.Web;

/// <summary>How the web server schedules its connections.</summary>
public enum ConnectionScheduling
{
    /// <summary>Every connection on a task of its own (the lab's multithreaded server).</summary>
    Concurrent,

    /// <summary>One connection served to the end before the next is accepted (the lab's first version).</summary>
    OneAtATime,
}
