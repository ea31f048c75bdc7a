using System.Diagnostics;
using System.Globalization;

namespace Grader.Launching;

/// <summary>
/// Kills a process tree from the leaves up, so each process is reaped by its own parent as it dies instead of
/// being orphaned to the system's init as a zombie (which is what killing the root first does).
/// </summary>
internal static class ProcessTree
{
    /// <summary>Sends SIGKILL to every descendant of <paramref name="rootId"/>, deepest first (Linux only; elsewhere
    /// nothing).</summary>
    public static void KillDescendantsLeavesFirst(int rootId)
    {
        if (!OperatingSystem.IsLinux())
            return;
        foreach (var pid in Enumerable.Reverse(Descendants(rootId)))
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
