using System.Runtime.Versioning;

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

    /// <summary>The full path of <paramref name="program"/> on the PATH, or null; on Windows, a name without an
    /// extension is found as a <c>.exe</c> (or <c>.cmd</c>, <c>.bat</c>) as its shell finds it.</summary>
    public static string? Find(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "/usr/bin:/bin")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Append("/usr/sbin")
            .Append("/sbin")
            .SelectMany(dir => Names(program).Select(name => Path.Combine(dir, name)))
            .FirstOrDefault(File.Exists);

    // The file names a command name stands for on this platform.
    private static IEnumerable<string> Names(string program) =>
        OperatingSystem.IsWindows() && !Path.HasExtension(program)
            ? [program + ".exe", program + ".cmd", program + ".bat", program]
            : [program];

    /// <summary>Makes <paramref name="command"/> die with the grader, where <c>setpriv</c> exists.</summary>
    [SupportedOSPlatform("linux")]
    public static Launching.ProgramCommand DieWithGrader(Launching.ProgramCommand command) =>
        SetPriv is { } setpriv ? command.WrappedBy(setpriv, "--pdeathsig", "KILL") : command;

    /// <summary>The search path a launch gets: the system's folders only.</summary>
    public const string SystemPath = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";

    /// <summary>
    /// Makes <paramref name="command"/> run as <paramref name="user"/> (user and group), with no capabilities and no
    /// way to gain any, and with exactly its own environment: <c>PATH</c> (<paramref name="path"/>), <c>HOME</c> and
    /// <c>TMPDIR</c> (<paramref name="home"/>), <c>LANG</c> and the command's own variables; none of the grader's
    /// (tokens, home, paths) reach it. It is killed should its parent die, which the change of user would otherwise
    /// forget. A null <paramref name="user"/> keeps the user it runs as, the launch's already and without capabilities
    /// (rootless: a user of its own in a user namespace of its own, where no bounding set needs dropping and none
    /// could be).
    /// </summary>
    [SupportedOSPlatform("linux")]
    public static Launching.ProgramCommand AsLaunchUser(
        Launching.ProgramCommand command,
        int? user,
        string path,
        string home
    )
    {
        var id = user?.ToString(System.Globalization.CultureInfo.InvariantCulture);
        string[] environment =
        [
            $"PATH={path}",
            $"HOME={home}",
            $"TMPDIR={home}",
            "LANG=C.UTF-8",
            .. (command.Environment ?? new Dictionary<string, string?>())
                .Where(v => v.Value is not null)
                .Select(v => $"{v.Key}={v.Value}"),
        ];
        // env takes its variables after "--", then the program.
        return (
            command with
            {
                Environment = null,
                FileName = Env!,
                Arguments = ["-i", "--", .. environment, command.FileName, .. command.Arguments],
            }
        ).WrappedBy(
            SetPriv!,
            [
                .. id is null ? [] : new[] { "--reuid", id, "--regid", id, "--clear-groups" },
                "--inh-caps=-all",
                .. id is null ? [] : new[] { "--bounding-set=-all" },
                "--no-new-privs",
                "--pdeathsig",
                "KILL",
            ]
        );
    }

    /// <summary>
    /// Makes the end of <paramref name="command"/>'s own process the end of its launch as <paramref name="user"/>: a
    /// shell of the grader's user, out of the program's reach, runs it, then kills every process of <paramref
    /// name="user"/> (children holding its output, daemons) and exits with its exit status. What a PID namespace does
    /// for the namespace sandbox, where there is none. The program is also made the kernel's first choice should memory
    /// run out.
    /// </summary>
    [SupportedOSPlatform("linux")]
    public static Launching.ProgramCommand EndingWithItsProcess(Launching.ProgramCommand command, int user) =>
        command with
        {
            FileName = "/bin/sh",
            // The program and all it starts are the first the kernel kills when memory runs out, before the grader.
            Arguments =
            [
                "-c",
                $"echo 1000 >/proc/self/oom_score_adj; \"$@\"; status=$?; {KillAllCommand(user)}; exit $status",
                "launch",
                command.FileName,
                .. command.Arguments,
            ],
        };

    /// <summary>
    /// Kills every process of <paramref name="user"/> at once (<c>kill -KILL -1</c> as that user, which the kernel does
    /// in one step, so not even a fork bomb slips through), including daemons that left the launch's process tree.
    /// </summary>
    [SupportedOSPlatform("linux")]
    public static void KillAllOf(int user)
    {
        if (SetPriv is null)
            return;
        var info = new System.Diagnostics.ProcessStartInfo("/bin/sh") { UseShellExecute = false };
        info.ArgumentList.Add("-c");
        info.ArgumentList.Add(KillAllCommand(user));
        using var killer = System.Diagnostics.Process.Start(info);
        killer?.WaitForExit();
    }

    // A shell command that kills every process of the user but itself, as that user, in one step of the kernel's.
    private static string KillAllCommand(int user) =>
        string.Create(
            System.Globalization.CultureInfo.InvariantCulture,
            $"{SetPriv} --reuid {user} --regid {user} --clear-groups -- /bin/sh -c 'kill -KILL -1 2>/dev/null; exit 0'"
        );

    /// <summary>
    /// Makes the kernel hold <paramref name="command"/> to <paramref name="limits"/>, where <c>prlimit</c> exists: CPU
    /// time (killed at it), file size, no core dumps, and, when <paramref name="limitProcesses"/>, processes (counted
    /// per user, so only for a user of the launch's own; <paramref name="countedBeside"/> of that user's processes are
    /// not the program's). Not memory: the kernel's limits count address space or data
    /// segment, which runtimes reserve and commit far beyond what they use (an idle JVM commits a 64th of the machine's
    /// memory), so memory is held as it is used: by the grader's watch (<see cref="Launching.RunningProgram"/>).
    /// </summary>
    [SupportedOSPlatform("linux")]
    public static Launching.ProgramCommand Limit(
        Launching.ProgramCommand command,
        Launching.LaunchLimits limits,
        bool limitProcesses,
        int countedBeside = 0
    )
    {
        if (PrLimit is not { } prlimit)
            return command;
        var options = new List<string> { "--core=0" };
        if (limits.CpuTime is { } cpu)
            options.Add(FormattableString.Invariant($"--cpu={Math.Max(1, (long)Math.Ceiling(cpu.TotalSeconds))}"));
        if (limits.ScratchBytes is { } scratch)
            options.Add(FormattableString.Invariant($"--fsize={scratch}"));
        // One more than the limit: the grader kills a launch that runs more than the limit, naming it; the kernel's
        // refusal is the backstop should the grader look too late.
        if (limitProcesses && limits.Processes is { } processes)
            options.Add(FormattableString.Invariant($"--nproc={processes + 1 + countedBeside}"));
        return command.WrappedBy(prlimit, options);
    }
}
