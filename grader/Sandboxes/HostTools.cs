namespace Grader.Sandboxes;

/// <summary>Finds the util-linux programs the sandboxes wrap launches in, once per grader run.</summary>
internal static class HostTools
{
    private static readonly Lazy<string?> SetPrivPath = new(() => Find("setpriv"));
    private static readonly Lazy<string?> NsEnterPath = new(() => Find("nsenter"));
    private static readonly Lazy<string?> UnsharePath = new(() => Find("unshare"));
    private static readonly Lazy<string?> PrLimitPath = new(() => Find("prlimit"));
    private static readonly Lazy<string?> EnvPath = new(() => Find("env"));

    /// <summary><c>setpriv</c>, which sets the parent-death signal so a program dies with the grader.</summary>
    public static string? SetPriv => SetPrivPath.Value;

    /// <summary><c>nsenter</c>, which starts a program in an existing network namespace.</summary>
    public static string? NsEnter => NsEnterPath.Value;

    /// <summary><c>unshare</c>, which gives a program a PID namespace of its own.</summary>
    public static string? Unshare => UnsharePath.Value;

    /// <summary><c>prlimit</c>, which sets the kernel's resource limits on the program it starts.</summary>
    public static string? PrLimit => PrLimitPath.Value;

    /// <summary><c>env</c>, which starts a program with exactly the environment given.</summary>
    public static string? Env => EnvPath.Value;

    /// <summary>The full path of <paramref name="program"/> on the PATH, or null.</summary>
    public static string? Find(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "/usr/bin:/bin")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Append("/usr/sbin").Append("/sbin")
            .Select(dir => Path.Combine(dir, program))
            .FirstOrDefault(File.Exists);

    /// <summary>Makes <paramref name="command"/> die with the grader, where <c>setpriv</c> exists.</summary>
    public static Launching.ProgramCommand DieWithGrader(Launching.ProgramCommand command) =>
        SetPriv is { } setpriv ? command.WrappedBy(setpriv, "--pdeathsig", "KILL") : command;

    /// <summary>
    /// Makes the kernel hold <paramref name="command"/> to <paramref name="limits"/>, where <c>prlimit</c> exists: CPU time
    /// (killed at it), memory as the data segment (allocations beyond fail: a limit on address space would stop the .NET
    /// and Java runtimes, which reserve far more than they use), file size, no core dumps, and, when
    /// <paramref name="limitProcesses"/>, processes (counted per user, so only for a user of the launch's own).
    /// </summary>
    public static Launching.ProgramCommand Limit(Launching.ProgramCommand command, Launching.LaunchLimits limits, bool limitProcesses)
    {
        if (PrLimit is not { } prlimit) return command;
        var options = new List<string> { "--core=0" };
        if (limits.CpuTime is { } cpu) options.Add(FormattableString.Invariant($"--cpu={Math.Max(1, (long)Math.Ceiling(cpu.TotalSeconds))}"));
        if (limits.MemoryBytes is { } memory) options.Add(FormattableString.Invariant($"--data={memory}"));
        if (limits.ScratchBytes is { } scratch) options.Add(FormattableString.Invariant($"--fsize={scratch}"));
        if (limitProcesses && limits.Processes is { } processes) options.Add(FormattableString.Invariant($"--nproc={processes}"));
        return command.WrappedBy(prlimit, options);
    }
}
