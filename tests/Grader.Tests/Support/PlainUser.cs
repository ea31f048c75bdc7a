using System.Diagnostics;
using FluentAssertions;

namespace Grader.Tests.Support;

/// <summary>
/// A plain user (<c>nobody</c>) who runs the built grader, for tests that run as root, as CI does: the grader's build
/// output and the submissions it grades are copied to a folder of its own, with a home folder, since the test's
/// checkout may be closed to other users.
/// </summary>
public sealed class PlainUser : IDisposable
{
    private const string Id = "65534";

    private readonly TempFolder _folder = new();

    /// <summary>Copies the grader's build output for the user.</summary>
    public PlainUser()
    {
        Copy(AppContext.BaseDirectory, _folder["grader"]);
        Directory.CreateDirectory(_folder["home"]);
        Directory.CreateDirectory(_folder["given"]);
        GiveAway(_folder.Path);
    }

    /// <summary>The user's home folder, which it owns.</summary>
    public string Home => _folder["home"];

    /// <summary>The user's copy of the built grader (its <c>grader.dll</c>), for a test that becomes the user in a
    /// command of its own.</summary>
    public string GraderDll => Path.Combine(_folder["grader"], "grader.dll");

    /// <summary>Whether the tests run as root, who may become the plain user.</summary>
    public static bool IsPossible => Environment.UserName == "root";

    /// <summary>A copy of the example <paramref name="name"/> the user may read; its path.</summary>
    public string Submission(string name) => Readable(Repository.Submission(name));

    /// <summary>A fresh copy of the file or folder <paramref name="path"/> the user may read, under the same name; its
    /// path.</summary>
    public string Readable(string path)
    {
        var copy = Path.Combine(_folder["given"], Guid.NewGuid().ToString("N"), Path.GetFileName(path));
        if (File.Exists(path))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(path, copy);
        }
        else
        {
            Copy(path, copy);
        }
        GiveAway(Path.GetDirectoryName(copy)!);
        return copy;
    }

    /// <summary>Whether the kernel lets the user make a user namespace with a network namespace in it.</summary>
    public async Task<bool> MayMakeUserNamespacesAsync()
    {
        using var probe = Process.Start(Start(["unshare", "--user", "--map-root-user", "--net", "/bin/true"]))!;
        await probe.WaitForExitAsync(TestContext.Current.CancellationToken);
        return probe.ExitCode == 0;
    }

    /// <summary>Runs <c>grader <paramref name="args"/></c> as the user, to its end.</summary>
    public async Task<GraderCli.Run> RunGraderAsync(params IEnumerable<string> args)
    {
        using var process = Process.Start(Start(["dotnet", GraderDll, .. args]))!;
        var stdout = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        return new GraderCli.Run(process.ExitCode, await stdout, await stderr);
    }

    /// <summary>
    /// Runs <c>grader <paramref name="args"/></c> as the user where the kernel refuses it user namespaces: in a user
    /// namespace of root's (root and the user mapped as they are) whose <c>user.max_user_namespaces</c> is 0, a setting
    /// of that namespace alone, so nothing else on the machine is refused.
    /// </summary>
    public async Task<GraderCli.Run> RunGraderRefusedUserNamespacesAsync(params IEnumerable<string> args)
    {
        // The shell waits for its user namespace's maps, then starts again as its root, with capabilities there.
        var info = GraderCli.StartInfo(
            [
                "--user",
                "--",
                "/bin/sh",
                "-c",
                """echo ready; read go; exec /bin/sh -c "$0" sh "$@" """,
                $"""echo 0 >/proc/sys/user/max_user_namespaces && exec setpriv --reuid {Id} --regid {Id} --clear-groups -- "$@" """,
                "dotnet",
                Path.Combine(_folder["grader"], "grader.dll"),
                .. args,
            ],
            new Dictionary<string, string> { ["HOME"] = _folder["home"] },
            program: "unshare"
        );
        info.WorkingDirectory = _folder["home"];
        info.RedirectStandardInput = true;
        using var process = Process.Start(info)!;
        var cancellationToken = TestContext.Current.CancellationToken;
        (await process.StandardOutput.ReadLineAsync(cancellationToken)).Should().Be("ready");
        foreach (var map in new[] { "uid_map", "gid_map" })
            await File.WriteAllTextAsync($"/proc/{process.Id}/{map}", $"0 0 1\n{Id} {Id} 1\n", cancellationToken);
        await process.StandardInput.WriteLineAsync("go");
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        return new GraderCli.Run(process.ExitCode, await stdout, await stderr);
    }

    /// <summary>Deletes the copies.</summary>
    public void Dispose() => _folder.Dispose();

    private ProcessStartInfo Start(IEnumerable<string> command)
    {
        var info = GraderCli.StartInfo(
            ["--reuid", Id, "--regid", Id, "--clear-groups", "--", .. command],
            new Dictionary<string, string> { ["HOME"] = _folder["home"] },
            program: "setpriv"
        );
        info.WorkingDirectory = _folder["home"];
        return info;
    }

    private static void Copy(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var folder in Directory.GetDirectories(from, "*", SearchOption.AllDirectories))
            Directory.CreateDirectory(Path.Combine(to, Path.GetRelativePath(from, folder)));
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
            File.Copy(file, Path.Combine(to, Path.GetRelativePath(from, file)));
    }

    private static void GiveAway(string path)
    {
        using var chown = Process.Start("chown", ["-R", $"{Id}:{Id}", path]);
        chown.WaitForExit();
    }
}
