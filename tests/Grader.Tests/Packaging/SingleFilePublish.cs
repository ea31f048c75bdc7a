using System.Diagnostics;
using FluentAssertions;
using Grader.Tests.Support;

namespace Grader.Tests.Packaging;

/// <summary>
/// The grader published as one self-contained file, as <c>eng/publish.sh</c> publishes it but without ReadyToRun: each
/// platform's once per test run (a publish takes a minute), into a folder of the run's own that goes when the run ends.
/// </summary>
public static class SingleFilePublish
{
    private static readonly string Folder = Path.Combine(
        Path.GetTempPath(),
        "grader-tests-single-file-" + Guid.NewGuid().ToString("N")
    );
    private static readonly Dictionary<string, Lazy<Task<string>>> Published = [];

    // One publish at a time: each takes both cores of a CI machine for a while.
    private static readonly SemaphoreSlim OneAtATime = new(1, 1);

    static SingleFilePublish() =>
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try
            {
                Directory.Delete(Folder, recursive: true);
            }
            catch (IOException) { }
        };

    /// <summary>The published executable for <paramref name="rid"/> (such as <c>linux-x64</c>), and all that was
    /// published beside it.</summary>
    public static Task<string> ExecutableAsync(string rid)
    {
        lock (Published)
        {
            if (!Published.TryGetValue(rid, out var publish))
                Published[rid] = publish = new Lazy<Task<string>>(() => PublishAsync(rid));
            return publish.Value;
        }
    }

    /// <summary>The folder <paramref name="rid"/>'s file was published to.</summary>
    public static string OutputOf(string rid) => Path.Combine(Folder, rid, "out");

    private static async Task<string> PublishAsync(string rid)
    {
        await OneAtATime.WaitAsync();
        try
        {
            return await PublishAloneAsync(rid);
        }
        finally
        {
            OneAtATime.Release();
        }
    }

    private static async Task<string> PublishAloneAsync(string rid)
    {
        var publish = await RunAsync(
            "dotnet",
            "publish",
            Path.Combine(Repository.Root, "grader", "Grader.csproj"),
            "-c",
            "Release",
            "-r",
            rid,
            "-p:PublishSingleFile=true",
            // ReadyToRun changes how soon the code runs, not what it does, and would triple the publish's time.
            "-p:PublishReadyToRun=false",
            // Built into a folder of its own, so publishing does not touch the build the tests run from.
            "--artifacts-path",
            Path.Combine(Folder, rid, "artifacts"),
            "-o",
            OutputOf(rid),
            "-nologo",
            "-v",
            "quiet"
        );
        publish.ExitCode.Should().Be(0, publish.Output);
        return Path.Combine(OutputOf(rid), rid.StartsWith("win-", StringComparison.Ordinal) ? "grader.exe" : "grader");
    }

    /// <summary>Runs <paramref name="program"/> to its end in the repository's folder: its exit code and its output
    /// and errors.</summary>
    public static async Task<(int ExitCode, string Output)> RunAsync(string program, params string[] args)
    {
        var info = new ProcessStartInfo(program)
        {
            WorkingDirectory = Repository.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var arg in args)
            info.ArgumentList.Add(arg);
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        info.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(info)!;
        // Not the test's token: the publish is shared by the tests of the run, which one test's end must not cancel.
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout + await stderr);
    }
}
