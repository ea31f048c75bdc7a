using System.Diagnostics;
using System.Globalization;

namespace Grader.Sandboxes.Containers;

/// <summary>
/// The labels on every container the grader starts, so that its reaper, a later run, or a person can find and remove
/// leftovers (of a grader killed with SIGKILL, or of a machine losing power):
/// <c>docker rm -f $(docker ps -aq --filter label=lab-grader.sandbox)</c>.
/// </summary>
public static class ContainerLabels
{
    /// <summary>Present on every container the grader starts; its value is the submission's name (<see
    /// cref="ReaperName"/> on the reaper).</summary>
    public const string Sandbox = "lab-grader.sandbox";

    /// <summary>Present on the reaper's container only (<see cref="ContainerReaper"/>), which outlives its owner long
    /// enough to remove the others.</summary>
    public const string Reaper = "lab-grader.reaper";

    /// <summary>The reaper's <see cref="Sandbox"/> value.</summary>
    public const string ReaperName = "(reaper)";

    /// <summary>The grader process that owns the container: host name, process id and start time.</summary>
    public const string Owner = "lab-grader.owner";

    /// <summary>One grading run (one <c>Grading.ContainerGrader</c>), so a caller can find exactly its own
    /// containers.</summary>
    public const string Run = "lab-grader.run";

    /// <summary>The <see cref="Owner"/> value of this grader process.</summary>
    public static string ThisProcess { get; } =
        OwnerOf(Environment.ProcessId) ?? $"{Environment.MachineName}/{Environment.ProcessId}/0";

    /// <summary>Whether the process an <see cref="Owner"/> value names is gone: it ran on this machine and no longer
    /// runs.</summary>
    public static bool IsDeadOwner(string owner)
    {
        var parts = owner.Split('/');
        if (parts.Length != 3 || parts[0] != Environment.MachineName)
            return false; // another machine's grader: not ours to judge
        return !int.TryParse(parts[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var pid)
            || OwnerOf(pid) != owner;
    }

    private static string? OwnerOf(int pid)
    {
        // The start time tells a live owner from an unrelated process that reuses its id. It must read the same from
        // every process: the kernel's own count (clock ticks since boot, /proc/<pid>/stat field 22) is exact, whereas
        // Process.StartTime is converted through a boot time computed anew on each call, and two graders would
        // disagree.
        if (StartTicks(pid) is { } ticks)
            return $"{Environment.MachineName}/{pid}/{ticks}";
        try
        {
            using var process = Process.GetProcessById(pid);
            return $"{Environment.MachineName}/{pid}/{process.StartTime.ToUniversalTime():yyyyMMddHHmmss}";
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            return null;
        }
    }

    private static string? StartTicks(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            // "pid (name) state ppid …": the name may hold spaces and parentheses, so fields are counted after the last
            // ')'.
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return fields.Length > 19 ? fields[19] : null; // field 22 overall; the 20th after the name
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
