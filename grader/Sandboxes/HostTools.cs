namespace Grader.Sandboxes;

/// <summary>Finds the util-linux programs the sandboxes wrap launches in, once per grader run.</summary>
internal static class HostTools
{
    private static readonly Lazy<string?> SetPrivPath = new(() => Find("setpriv"));
    private static readonly Lazy<string?> NsEnterPath = new(() => Find("nsenter"));
    private static readonly Lazy<string?> UnsharePath = new(() => Find("unshare"));

    /// <summary><c>setpriv</c>, which sets the parent-death signal so a program dies with the grader.</summary>
    public static string? SetPriv => SetPrivPath.Value;

    /// <summary><c>nsenter</c>, which starts a program in an existing network namespace.</summary>
    public static string? NsEnter => NsEnterPath.Value;

    /// <summary><c>unshare</c>, which gives a program a PID namespace of its own.</summary>
    public static string? Unshare => UnsharePath.Value;

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
}
