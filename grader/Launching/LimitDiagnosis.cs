namespace Grader.Launching;

/// <summary>
/// Tells which limit a program ran into, from how it ended and what it printed: the kernel kills at the CPU-time
/// limit, but at the memory, process and file-size limits it only makes a call fail, which the program then dies of.
/// </summary>
internal static class LimitDiagnosis
{
    // 128 + the signal: SIGKILL (the hard CPU limit), SIGXCPU (the soft one), SIGXFSZ (a file beyond the size limit).
    private const int KilledBySigKill = 137;
    private const int KilledBySigXcpu = 152;
    private const int KilledBySigXfsz = 153;

    private static readonly string[] OutOfMemory =
    [
        "MemoryError",
        "Cannot allocate memory",
        "OutOfMemoryError",
        "OutOfMemoryException",
        "std::bad_alloc",
        "out of memory",
        "Out of memory",
    ];

    private static readonly string[] OutOfScratch =
    [
        "No space left on device",
        "File too large",
        "Disk quota exceeded",
    ];

    private static readonly string[] OutOfProcesses =
    [
        "can't start new thread",
        "Resource temporarily unavailable",
        "unable to create native thread",
    ];

    // util-linux 2.38's unshare cannot pass on a SIGKILL of its child (it fails to unblock SIGKILL), and exits 1 saying
    // so.
    private const string UnshareLostSigKill = "unshare: sigprocmask unblock failed";

    /// <summary>
    /// The exit code and standard error as the program ended them: util-linux 2.38's <c>unshare</c>, the namespace
    /// sandbox's PID 1 keeper, exits 1 with its own complaint when its child is killed with SIGKILL, instead of dying of
    /// the same signal; that is the child's SIGKILL (137), without the complaint. <paramref name="standardErrorEnd"/> is
    /// the stream's last bytes (<see cref="CappedOutput.End"/>), which hold the complaint even when the program filled
    /// its output before. Anything else is returned as it is. Applied before anything judges how the program ended: a
    /// kill the grader asked for must read as a kill.
    /// </summary>
    public static (int? ExitCode, string StandardError) AsTheProgramEnded(
        int? exitCode,
        string standardError,
        string standardErrorEnd
    )
    {
        ArgumentNullException.ThrowIfNull(standardError);
        ArgumentNullException.ThrowIfNull(standardErrorEnd);
        const string complaint = UnshareLostSigKill + ": Invalid argument";
        if (exitCode != 1 || !standardErrorEnd.TrimEnd().EndsWith(complaint, StringComparison.Ordinal))
            return (exitCode, standardError);
        var kept = standardError.TrimEnd();
        return (
            KilledBySigKill,
            kept.EndsWith(complaint, StringComparison.Ordinal)
                ? kept[..kept.LastIndexOf(UnshareLostSigKill, StringComparison.Ordinal)]
                : standardError
        );
    }

    /// <summary><paramref name="exit"/> (its exit code already read by <see cref="AsTheProgramEnded"/>) with the limit
    /// it ran into, if any.</summary>
    public static ProgramExit Explain(ProgramExit exit, LaunchLimits limits, string? killedAt, long largestHeld)
    {
        ArgumentNullException.ThrowIfNull(exit);
        ArgumentNullException.ThrowIfNull(limits);
        if (killedAt is not null)
            return exit with { LimitHit = killedAt, KilledByLimit = true };
        if (
            exit.ExitCode is KilledBySigKill or KilledBySigXcpu
            && limits.CpuTime is { } cpu
            && exit.RunTime >= cpu * 0.9
        )
            return exit with
            {
                LimitHit = $"used more than {cpu.TotalSeconds:0.#} s of CPU time",
                KilledByLimit = true,
            };
        if (exit.ExitCode is null)
            return exit;
        var error = exit.StandardError;
        if (limits.MemoryBytes is { } memory && (Mentions(error, OutOfMemory) || largestHeld >= memory * 0.9))
            return exit with { LimitHit = $"used more than {LaunchLimits.Size(memory)}" };
        if (limits.ScratchBytes is { } scratch && (exit.ExitCode == KilledBySigXfsz || Mentions(error, OutOfScratch)))
            return exit with
            {
                LimitHit = $"wrote more than {LaunchLimits.Size(scratch)} of files",
                KilledByLimit = exit.ExitCode == KilledBySigXfsz,
            };
        if (limits.Processes is { } processes && Mentions(error, OutOfProcesses))
            return exit with { LimitHit = $"tried to run more than {processes} processes" };
        return exit;
    }

    private static bool Mentions(string text, string[] phrases) =>
        phrases.Any(p => text.Contains(p, StringComparison.Ordinal));
}
