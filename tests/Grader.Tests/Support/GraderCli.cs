using System.Diagnostics;

namespace Grader.Tests.Support;

/// <summary>Runs the built <c>grader</c> as a user does: a real process, from the repository's root.</summary>
public static class GraderCli
{
    /// <summary>How a run ended and what it printed.</summary>
    public sealed record Run(int ExitCode, string Stdout, string Stderr);

    /// <summary>The start information for <c>grader <paramref name="args"/></c>, output redirected (so not a
    /// terminal); or, with <paramref name="program"/>, for that program with those arguments (a wrapper such as
    /// <c>unshare</c> that runs the grader itself).</summary>
    public static ProcessStartInfo StartInfo(
        IEnumerable<string> args,
        IReadOnlyDictionary<string, string>? environment = null,
        string? program = null
    )
    {
        var info = new ProcessStartInfo(program ?? "dotnet")
        {
            WorkingDirectory = Repository.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        if (program is null)
            info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "grader.dll"));
        var list = args.ToList();
        foreach (var arg in list)
            info.ArgumentList.Add(arg);
        // grade captures by default into grader-captures/ of its working folder, the repository's root here: a run of
        // its own writes them into a scratch folder instead, so that runs side by side neither race nor litter.
        if (
            program is null
            && list is ["grade", ..]
            && !list.Any(a => a is "--captures" or "--no-captures" or "--help")
        )
        {
            info.ArgumentList.Add("--captures");
            info.ArgumentList.Add(Path.Combine(CapturesRoot, Guid.NewGuid().ToString("N")));
        }
        info.Environment.Remove("GITHUB_ACTIONS");
        info.Environment.Remove("GITHUB_STEP_SUMMARY");
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
            info.Environment[name] = value;
        return info;
    }

    /// <summary>Where the captures of the runs of <c>grade</c> that name no folder go: one folder per run, under one
    /// per test process in the system's temporary folder.</summary>
    public static string CapturesRoot { get; } =
        Path.Combine(Path.GetTempPath(), $"grader-tests-captures-{Environment.ProcessId}");

    // The scratch captures go with the test process.
    static GraderCli() =>
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try
            {
                Directory.Delete(CapturesRoot, recursive: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Nothing there, or held: the system's temporary folder is cleaned in its time.
            }
        };

    /// <summary>Runs <c>grader <paramref name="args"/></c> (or <paramref name="program"/>, see <see
    /// cref="StartInfo"/>) to its end.</summary>
    public static async Task<Run> RunAsync(
        IEnumerable<string> args,
        IReadOnlyDictionary<string, string>? environment = null,
        string? program = null
    )
    {
        using var process = Process.Start(StartInfo(args, environment, program))!;
        var stdout = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        return new Run(process.ExitCode, await stdout, await stderr);
    }
}
