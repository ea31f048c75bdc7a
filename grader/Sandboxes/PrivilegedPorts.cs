using System.Globalization;
using System.Runtime.Versioning;

namespace Grader.Sandboxes;

/// <summary>
/// The ports below which binding takes privilege (<c>net.ipv4.ip_unprivileged_port_start</c>, 1024 unless changed). The
/// setting belongs to a network namespace, so a launch's own namespace may open every port, and a course that chose
/// port 80 grades its students' servers as they are.
/// </summary>
internal static class PrivilegedPorts
{
    private const string Setting = "/proc/sys/net/ipv4/ip_unprivileged_port_start";

    /// <summary>The first port an unprivileged program may bind in the calling thread's network namespace (1024 where
    /// the kernel does not say).</summary>
    [SupportedOSPlatform("linux")]
    public static int FirstUnprivileged()
    {
        try
        {
            return int.Parse(File.ReadAllText(Setting).Trim(), NumberStyles.None, CultureInfo.InvariantCulture);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
            return 1024;
        }
    }

    /// <summary>Lets any program bind any port in the calling thread's network namespace; false when the kernel refuses
    /// (a kernel before 4.11, or no privilege over the namespace).</summary>
    [SupportedOSPlatform("linux")]
    public static bool OpenEveryPort()
    {
        try
        {
            File.WriteAllText(Setting, "0");
            return FirstUnprivileged() == 0;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>Whether <paramref name="standardError"/> reads as a refused bind (every runtime says it alike: Python's
    /// <c>PermissionError: [Errno 13] Permission denied</c>, Java's <c>BindException: Permission denied</c>, C's
    /// <c>bind: Permission denied</c>).</summary>
    public static bool ReadsAsRefused(string standardError) =>
        standardError.Contains("Permission denied", StringComparison.OrdinalIgnoreCase)
        || standardError.Contains("EACCES", StringComparison.Ordinal);
}
