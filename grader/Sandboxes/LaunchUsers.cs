namespace Grader.Sandboxes;

/// <summary>
/// A user id of its own for every launch of the namespace sandbox: no account has it, so the program owns nothing but
/// its scratch copy, and the kernel's process limit, which counts per user, counts exactly that launch's processes.
/// </summary>
internal static class LaunchUsers
{
    // Far above any real account; 8192 ids per grader process, told apart by the process id, so graders running side by side never share one.
    private const int First = 0x1000_0000;
    private const int PerProcess = 8192;
    private static int _next = -1;

    /// <summary>The next user id; one is reused only after 8192 more launches, long after that launch has ended.</summary>
    public static int Next() =>
        First + (Environment.ProcessId % (1 << 17)) * PerProcess + (int)((uint)Interlocked.Increment(ref _next) % PerProcess);
}
