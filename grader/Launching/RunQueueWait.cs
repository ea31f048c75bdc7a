using System.Globalization;
using System.Runtime.Versioning;

namespace Grader.Launching;

/// <summary>
/// How long a process tree's threads have waited, ready to run, for a CPU: the kernel's per-thread scheduler statistics
/// (<c>/proc/PID/task/TID/schedstat</c>, whose second field is the time spent on a run queue). On a loaded machine a
/// program is slow because it waits there, not because it is faulty; deadlines that judge it leave that time out.
/// The total only grows: a thread that has ended keeps the wait it was last seen with.
/// </summary>
[SupportedOSPlatform("linux")]
internal sealed class RunQueueWait(int rootId)
{
    private readonly Dictionary<int, long> _nanosecondsByThread = [];
    private readonly Lock _lock = new();

    /// <summary>Whether the kernel keeps the statistics here (Linux with scheduler statistics).</summary>
    public static bool IsAvailable { get; } =
        OperatingSystem.IsLinux() && File.Exists($"/proc/{Environment.ProcessId}/schedstat");

    /// <summary>The tree's threads' total wait so far, every thread the meter has seen counted once.</summary>
    public TimeSpan Total()
    {
        if (!IsAvailable)
            return TimeSpan.Zero;
        lock (_lock)
        {
            foreach (var pid in ProcessTree.WithDescendants(rootId))
            {
                IEnumerable<string> threads;
                try
                {
                    threads = Directory.EnumerateDirectories($"/proc/{pid}/task").ToList();
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    continue; // ended while we looked
                }
                foreach (var thread in threads)
                {
                    if (
                        !int.TryParse(
                            Path.GetFileName(thread),
                            NumberStyles.None,
                            CultureInfo.InvariantCulture,
                            out var tid
                        )
                    )
                        continue;
                    if (Read($"{thread}/schedstat") is not { } waited)
                        continue;
                    _nanosecondsByThread[tid] = Math.Max(waited, _nanosecondsByThread.GetValueOrDefault(tid));
                }
            }
            return TimeSpan.FromTicks(_nanosecondsByThread.Values.Sum() / 100);
        }
    }

    // "<on-CPU ns> <run-queue ns> <timeslices>"; null when the thread has ended.
    private static long? Read(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
        var fields = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return
            fields.Length >= 2
            && long.TryParse(fields[1], NumberStyles.None, CultureInfo.InvariantCulture, out var waited)
            ? waited
            : null;
    }
}
