using System.Diagnostics;
using System.Globalization;
using System.Runtime.Versioning;

namespace Grader.Launching;

/// <summary>
/// Kills a process tree from the leaves up, so each process is reaped by its own parent as it dies instead of
/// being orphaned to the system's init as a zombie (which is what killing the root first does).
/// </summary>
[SupportedOSPlatform("linux")]
internal static class ProcessTree
{
    // How often, and how long at most, the grader looks whether killed processes have ended.
    private static readonly TimeSpan LongestEndPoll = TimeSpan.FromMilliseconds(10);
    private static readonly TimeSpan EndAtMost = TimeSpan.FromSeconds(2);

    /// <summary>Sends SIGKILL to every descendant of <paramref name="rootId"/>, deepest first (Linux only; elsewhere
    /// nothing); returns them.</summary>
    public static IReadOnlyList<int> KillDescendantsLeavesFirst(int rootId)
    {
        if (!OperatingSystem.IsLinux())
            return [];
        var descendants = Descendants(rootId);
        foreach (var pid in Enumerable.Reverse(descendants))
        {
            try
            {
                using var process = Process.GetProcessById(pid);
                process.Kill();
            }
            catch (Exception e)
                when (e is ArgumentException or InvalidOperationException or System.ComponentModel.Win32Exception)
            {
                // Already gone.
            }
        }
        return descendants;
    }

    /// <summary>
    /// Completes once each of <paramref name="pids"/> has ended (gone, or a zombie: either way its sockets and files
    /// are closed), or after two seconds. A killed process ends only once it runs again, which on a loaded machine may
    /// be later than its parent's end: until then it still holds the port a next launch binds.
    /// </summary>
    public static async Task WaitUntilEndedAsync(IReadOnlyCollection<int> pids)
    {
        var poll = TimeSpan.FromMilliseconds(1);
        var clock = Stopwatch.StartNew();
        while (pids.Any(pid => !HasEnded(pid)) && clock.Elapsed < EndAtMost)
        {
            await Task.Delay(poll).ConfigureAwait(false);
            poll = TimeSpan.FromTicks(Math.Min(poll.Ticks * 2, LongestEndPoll.Ticks));
        }
    }

    /// <summary>Blocks until no process of the user <paramref name="uid"/> is left but zombies, or two seconds have
    /// passed: after every process of a launch's own user was killed, until they have all ended.</summary>
    public static void WaitUntilUserHasNone(int uid)
    {
        if (!OperatingSystem.IsLinux())
            return;
        var poll = TimeSpan.FromMilliseconds(1);
        var clock = Stopwatch.StartNew();
        while (OfUserRunning(uid) && clock.Elapsed < EndAtMost)
        {
            Thread.Sleep(poll);
            poll = TimeSpan.FromTicks(Math.Min(poll.Ticks * 2, LongestEndPoll.Ticks));
        }
    }

    // Gone, or every thread of it a zombie (state Z) or dead (X): nothing of it holds a socket. Its threads count, not
    // only its first: a killed many-threaded program (a JVM) shows its first thread a zombie while the others are still
    // ending, and its sockets close only with the last.
    private static bool HasEnded(int pid)
    {
        try
        {
            return Directory
                .EnumerateDirectories($"/proc/{pid}/task")
                .All(thread => ThreadHasEnded(Path.Combine(thread, "stat")));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return true;
        }
    }

    private static bool ThreadHasEnded(string statPath)
    {
        try
        {
            var stat = File.ReadAllText(statPath);
            return stat[(stat.LastIndexOf(')') + 2)..].FirstOrDefault() is 'Z' or 'X';
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return true;
        }
    }

    // Whether a process whose real user is uid has not ended.
    private static bool OfUserRunning(int uid)
    {
        foreach (var folder in Directory.EnumerateDirectories("/proc"))
        {
            var name = Path.GetFileName(folder);
            if (!int.TryParse(name, NumberStyles.None, CultureInfo.InvariantCulture, out var pid))
                continue;
            try
            {
                var status = File.ReadAllText(Path.Combine(folder, "status"));
                if (StatusField(status, "Uid:") == uid && !HasEnded(pid))
                    return true;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Ended while read.
            }
        }
        return false;
    }

    /// <summary>
    /// What the tree under <paramref name="rootId"/> (the root included) uses now: its processes and threads, and the
    /// most memory any one process holds (Linux only; elsewhere nothing).
    /// </summary>
    public static TreeUsage Usage(int rootId)
    {
        if (!OperatingSystem.IsLinux())
            return new TreeUsage(0, 0);
        var tasks = 0;
        long largestHeld = 0;
        foreach (var pid in Descendants(rootId).Prepend(rootId))
        {
            string status;
            try
            {
                status = File.ReadAllText($"/proc/{pid}/status");
            }
            catch (IOException)
            {
                continue; // ended while we looked
            }
            tasks += (int)StatusField(status, "Threads:");
            largestHeld = Math.Max(largestHeld, HeldBytes(status));
        }
        return new TreeUsage(tasks, largestHeld);
    }

    /// <summary>
    /// The memory a process holds, from its <c>/proc/PID/status</c> text: resident anonymous memory (its heap, stacks and
    /// every private page it has written), resident shared memory, and what of those is swapped out, as the kernel
    /// charges them. Not its data segment or address space: a runtime reserves, and even commits, far more than it
    /// touches, and how much depends on the machine (an idle JVM commits a 64th of the machine's memory for its heap).
    /// </summary>
    public static long HeldBytes(string status) =>
        (StatusField(status, "RssAnon:") + StatusField(status, "RssShmem:") + StatusField(status, "VmSwap:")) * 1024;

    /// <summary>The process <paramref name="rootId"/> and every process it started, parents before children (Linux
    /// only; elsewhere the root alone).</summary>
    public static IReadOnlyList<int> WithDescendants(int rootId) =>
        OperatingSystem.IsLinux() ? [rootId, .. Descendants(rootId)] : [rootId];

    private static long StatusField(string status, string field)
    {
        var start = status.IndexOf(field, StringComparison.Ordinal);
        if (start < 0)
            return 0;
        var digits = status.AsSpan(start + field.Length).TrimStart();
        var end = 0;
        while (end < digits.Length && char.IsAsciiDigit(digits[end]))
            end++;
        return long.TryParse(digits[..end], NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : 0;
    }

    // Breadth-first from the root, so reversing the list yields the deepest processes first.
    private static List<int> Descendants(int rootId)
    {
        var found = new List<int>();
        var queue = new Queue<int>([rootId]);
        while (queue.TryDequeue(out var pid))
        {
            foreach (var child in Children(pid))
            {
                found.Add(child);
                queue.Enqueue(child);
            }
        }
        return found;
    }

    // The kernel lists a child under the thread that started it: every thread's list counts, not the main thread's
    // alone (a program may fork or start a subprocess from a thread).
    private static IEnumerable<int> Children(int pid)
    {
        var children = new List<int>();
        try
        {
            foreach (var task in Directory.EnumerateDirectories($"/proc/{pid}/task"))
            {
                string text;
                try
                {
                    text = File.ReadAllText(Path.Combine(task, "children"));
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    continue; // the thread ended while we looked
                }
                children.AddRange(
                    text.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                        .Select(c => int.Parse(c, CultureInfo.InvariantCulture))
                );
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The process ended while we looked.
        }
        return children;
    }
}
