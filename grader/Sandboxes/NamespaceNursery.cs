using System.Runtime.Versioning;
using Microsoft.Win32.SafeHandles;

namespace Grader.Sandboxes;

/// <summary>
/// The network namespace in which every launch's namespace is made, once per grader process. There the kernel is told
/// to give each new namespace a table of TCP connections of its own, sized for the few sockets of one launch
/// (<c>net.ipv4.tcp_child_ehash_entries</c>, Linux 6.1 and later). Otherwise every namespace shares the machine's
/// table (262,144 buckets on a test machine), and each read of a namespace's <c>/proc/net/tcp</c>, which the grader
/// makes again and again while it watches a program, walks all of it: 2 ms of CPU for <c>tcp</c> and <c>tcp6</c>,
/// against 0.1 ms with a table of its own. Where the kernel has no such setting, namespaces are made as before.
/// </summary>
[SupportedOSPlatform("linux")]
internal static class NamespaceNursery
{
    private const string ChildTableSetting = "/proc/sys/net/ipv4/tcp_child_ehash_entries";
    private const string ChildTableEntries = "256";

    private static readonly Lazy<SafeFileHandle?> Namespace = new(Create);

    /// <summary>Moves the calling thread into the nursery, where there is one: a network namespace it makes next gets a
    /// connection table of its own.</summary>
    /// <exception cref="SandboxUnavailableException">The kernel refused the move.</exception>
    public static void Enter()
    {
        if (Namespace.Value is not { } nursery)
            return;
        if (LinuxNative.SetNamespace((int)nursery.DangerousGetHandle(), LinuxNative.CloneNewNet) != 0)
            throw LinuxNative.LastError("setns(CLONE_NEWNET)");
    }

    // Made on a thread of its own, which ends once the namespace is held by its file: the grader's other threads stay
    // where they were.
    private static SafeFileHandle? Create()
    {
        SafeFileHandle? nursery = null;
        var thread = new Thread(() =>
        {
            if (!File.Exists(ChildTableSetting) || LinuxNative.Unshare(LinuxNative.CloneNewNet) != 0)
                return;
            try
            {
                // The setting is the namespace's own: this thread's, now the nursery's.
                File.WriteAllText(ChildTableSetting, ChildTableEntries);
                nursery = File.OpenHandle("/proc/thread-self/ns/net");
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Refused: namespaces are made where the grader is, sharing the machine's table.
            }
        })
        {
            Name = "namespace nursery",
        };
        thread.Start();
        thread.Join();
        return nursery;
    }
}
