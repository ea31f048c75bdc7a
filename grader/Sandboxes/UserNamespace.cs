using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Runtime.Versioning;

namespace Grader.Sandboxes;

/// <summary>
/// Rootless isolation: a grader that is not root restarts itself, before it does anything, as the root of a user
/// namespace of its own (its user mapped to root inside, <c>unshare --user --map-root-user</c>), where it may make the
/// namespace sandbox's network, PID and mount namespaces as root does. A .NET process has threads from its start, and
/// the kernel moves only a single-threaded process into a new user namespace, so the grader restarts through
/// <c>unshare</c> (the same process id, the same arguments and environment). Where the kernel refuses unprivileged user
/// namespaces, <see cref="RefusalAsync"/> says why and which setting allows them.
/// </summary>
internal static partial class UserNamespace
{
    /// <summary>Set in the restarted grader's environment: it runs in the user namespace it made, and restarts no
    /// more.</summary>
    public const string Variable = "LAB_GRADER_USER_NAMESPACE";

    private static readonly Lazy<Task<string?>> Refusal = new(ProbeAsync);

    /// <summary>Whether this grader runs as the root of the user namespace it restarted in, that is, rootless: its
    /// user is the only one it has, and it holds no privilege outside.</summary>
    public static bool IsEntered { get; } =
        OperatingSystem.IsLinux()
        && Environment.GetEnvironmentVariable(Variable) == "1"
        && LinuxNative.GetUserId() == 0
        && !IsInitial();

    /// <summary>Whether the kernel counts a user's processes per user namespace (Linux 5.14 and later), so that a user
    /// namespace of a launch's own bounds that launch's processes alone with <c>RLIMIT_NPROC</c>.</summary>
    public static bool CountsProcessesPerNamespace { get; } = Environment.OSVersion.Version >= new Version(5, 14);

    /// <summary>
    /// The options of <c>unshare</c> that give a launch a user namespace of its own, where it runs as <paramref
    /// name="user"/> (the grader's user outside): not root, so without capabilities once it starts its program, which
    /// <c>unshare</c> does after it has made the launch's PID namespace and mounted its <c>/proc</c>.
    /// </summary>
    public static string[] OfLaunch(int user)
    {
        var id = user.ToString(CultureInfo.InvariantCulture);
        return ["--user", $"--map-user={id}", $"--map-group={id}"];
    }

    /// <summary>Why a plain user may not make a user namespace here, in words naming what to enable, or null when it
    /// may. Tried once per grader process, with <c>unshare</c> itself.</summary>
    public static Task<string?> RefusalAsync(CancellationToken cancellationToken) =>
        Refusal.Value.WaitAsync(cancellationToken);

    /// <summary>Whether this grader should restart in a user namespace for the namespace sandbox: it runs on Linux as
    /// a plain user, has not restarted yet, cannot make namespaces as it is, and the kernel allows it a user
    /// namespace.</summary>
    public static async Task<bool> ShouldEnterAsync(CancellationToken cancellationToken) =>
        OperatingSystem.IsLinux()
        && LinuxNative.GetUserId() != 0
        && Environment.GetEnvironmentVariable(Variable) is null
        && HostTools.Unshare is not null
        && !(await NamespaceSandbox.ProbeAsync(cancellationToken)).Available
        && await RefusalAsync(cancellationToken) is null;

    /// <summary>Replaces this process with itself run by <c>unshare --user --map-root-user</c>: the same program,
    /// arguments and environment, and <see cref="Variable"/>. Returns only when the kernel refuses the restart.</summary>
    /// <exception cref="SandboxUnavailableException">The restart failed.</exception>
    [SupportedOSPlatform("linux")]
    public static void Enter()
    {
        var arguments = File.ReadAllText("/proc/self/cmdline").TrimEnd('\0').Split('\0');
        string?[] argv =
        [
            HostTools.Unshare!,
            "--user",
            "--map-root-user",
            "--",
            Environment.ProcessPath ?? arguments[0],
            .. arguments[1..],
            null,
        ];
        string?[] environment =
        [
            .. Environment
                .GetEnvironmentVariables()
                .Cast<System.Collections.DictionaryEntry>()
                .Select(v => $"{v.Key}={v.Value}"),
            $"{Variable}=1",
            null,
        ];
        Console.Out.Flush();
        Console.Error.Flush();
        _ = Execute(HostTools.Unshare!, argv, environment);
        throw LinuxNative.LastError($"execve {HostTools.Unshare}");
    }

    [LibraryImport("libc", EntryPoint = "execve", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Execute(string path, string?[] arguments, string?[] environment);

    private static async Task<string?> ProbeAsync()
    {
        if (!OperatingSystem.IsLinux())
            return "user namespaces exist only on Linux";
        if (HostTools.Unshare is not { } unshare)
            return "unshare (util-linux) is not installed";
        // The other namespaces too, and a mount: under Ubuntu's AppArmor restriction the user namespace is made, without
        // the capabilities to make anything in it, and a container's seccomp or AppArmor profile may refuse mounts.
        var info = new ProcessStartInfo(unshare)
        {
            UseShellExecute = false,
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        foreach (
            var argument in new[]
            {
                "--user",
                "--map-root-user",
                "--net",
                "--pid",
                "--fork",
                "--mount-proc",
                "--",
                "/bin/true",
            }
        )
            info.ArgumentList.Add(argument);
        using var probe = Process.Start(info)!;
        var error = await probe.StandardError.ReadToEndAsync();
        await probe.WaitForExitAsync();
        if (probe.ExitCode == 0)
            return null;
        return Setting("kernel/unprivileged_userns_clone") == 0
                ? "this kernel refuses user namespaces to plain users (kernel.unprivileged_userns_clone=0; set it to 1)"
            : Setting("user/max_user_namespaces") == 0
                ? "this kernel allows no user namespaces (user.max_user_namespaces=0; set it above 0)"
            : Setting("kernel/apparmor_restrict_unprivileged_userns") == 1
                ? "AppArmor restricts user namespaces to plain users (kernel.apparmor_restrict_unprivileged_userns=1; set it to 0, or give the grader a profile that allows userns)"
            : $"the kernel refused a user namespace to this user ({error.Trim()})";
    }

    // Whether this process is in the machine's own user namespace, which maps every id to itself.
    private static bool IsInitial()
    {
        try
        {
            return File.ReadAllText("/proc/self/uid_map")
                .Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries)
                is ["0", "0", "4294967295"];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return true;
        }
    }

    private static long? Setting(string name)
    {
        try
        {
            return long.Parse(
                File.ReadAllText($"/proc/sys/{name}").Trim(),
                NumberStyles.None,
                CultureInfo.InvariantCulture
            );
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
            return null;
        }
    }
}
