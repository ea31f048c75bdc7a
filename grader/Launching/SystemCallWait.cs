namespace Grader.Launching;

/// <summary>What a blocked system call waits for, and where its timeout is.</summary>
internal enum SystemCallWait
{
    /// <summary>Data or a connection on a socket; a timeout, if any, is the socket's own (<c>SO_RCVTIMEO</c>).</summary>
    Socket,

    /// <summary>Any of several files, with a timeout in milliseconds in an argument (-1: none).</summary>
    Milliseconds,

    /// <summary>Any of several files, with a pointer to its timeout in an argument (null: none).</summary>
    TimeoutPointer,

    /// <summary>Another thread (a lock, a condition, a join), with a pointer to its timeout (null: none).</summary>
    Futex,

    /// <summary>A child process's end.</summary>
    Child,
}
