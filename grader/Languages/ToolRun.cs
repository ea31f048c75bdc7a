using Grader.Launching;

namespace Grader.Languages;

/// <summary>How one run of a compiler or build command went.</summary>
/// <param name="Tool">The tool's name, such as <c>javac</c>.</param>
/// <param name="Installed">Whether the tool was found and started.</param>
/// <param name="Exit">How it ended, or null if it was not installed.</param>
internal sealed record ToolRun(string Tool, bool Installed, ProgramExit? Exit)
{
    /// <summary>How many lines of compiler output a failed build keeps: enough for the first errors, short enough to
    /// read.</summary>
    public const int ErrorLines = 15;

    /// <summary>A tool that is not installed.</summary>
    public static ToolRun NotInstalled(string tool) => new(tool, Installed: false, Exit: null);

    /// <summary>Whether the tool ran to the end and succeeded.</summary>
    public bool Succeeded => Exit is { ExitCode: 0 };

    /// <summary>What went wrong in one sentence, with <paramref name="subject"/> (such as <c>TCPServer.java</c>) naming
    /// what was built.</summary>
    public string Summary(string subject) =>
        this switch
        {
            { Installed: false } => $"{Tool} is not installed, so {subject} cannot be built.",
            { Exit: { KilledByLimit: true, LimitHit: { } limit } } =>
                $"{Tool} was killed while building {subject}: {limit}.",
            { Exit.KilledBecause: { } reason } => $"{Tool} was stopped while building {subject}: {reason}.",
            { Exit.LimitHit: { } hit } => $"{Tool} failed for {subject} (limit reached: it {hit}).",
            _ => $"{Tool} failed for {subject}.",
        };

    /// <summary>The tool's first error lines, starting at the first line that mentions an error if there is
    /// one.</summary>
    public string FirstErrorLines()
    {
        if (Exit is null)
            return "";
        var lines = (Exit.StandardError + "\n" + Exit.StandardOutput)
            .Split('\n')
            .Select(line => line.TrimEnd('\r'))
            .Where(line => line.Trim().Length > 0)
            .ToList();
        var firstError = lines.FindIndex(line => line.Contains("error", StringComparison.OrdinalIgnoreCase));
        var fromError = lines.Skip(Math.Max(firstError, 0)).ToList();
        var kept = fromError.Take(ErrorLines).ToList();
        if (fromError.Count > kept.Count)
            kept.Add($"… ({fromError.Count - kept.Count} more lines)");
        return string.Join('\n', kept);
    }

    /// <summary>The launch of <paramref name="program"/> when this run failed, with <paramref name="subject"/> naming
    /// what was built.</summary>
    public RoleLaunch.BuildFailed Failure(RoleProgram program, string subject) =>
        new(program, Summary(subject), FirstErrorLines());
}
