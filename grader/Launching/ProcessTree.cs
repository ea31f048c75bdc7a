using System.Diagnostics;
using System.Globalization;

namespace Grader.Launching;

/// <summary>
/// Kills a process tree from the leaves up, so each process is reaped by its own parent as it dies instead of
/// being orphaned to the system's init as a zombie (which is what killing the root first does).
/// </summary>
internal static class ProcessTree
{
    /// <summary>Sends SIGKILL to every descendant of <paramref name="rootId"/>, deepest first (Linux only; elsewhere nothing).</summary>
    public static void KillDescendantsLeavesFirst(int rootId)
    {
        if (!OperatingSystem.IsLinux()) return;
        foreach (var pid in Enumerable.Reverse(Descendants(rootId)))
        {
            try
            {
                using var process = Process.GetProcessById(pid);
                process.Kill();
            }
            catch (Exception e) when (e is ArgumentException or InvalidOperationException or System.ComponentModel.Win32Exception)
            {
                // Already gone.
            }
        }
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

    private static IEnumerable<int> Children(int pid)
    {
        string text;
        try
        {
            text = File.ReadAllText($"/proc/{pid}/task/{pid}/children");
        }
        catch (IOException)
        {
            return [];
        }
        return text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(c => int.Parse(c, CultureInfo.InvariantCulture));
    }
}
