using System.Diagnostics;

namespace Grader.Tests.Support;

/// <summary>Runs the built <c>grader</c> as a user does: a real process, from the repository's root.</summary>
public static class GraderCli
{
    /// <summary>How a run ended and what it printed.</summary>
    public sealed record Run(int ExitCode, string Stdout, string Stderr);

    /// <summary>The start information for <c>grader <paramref name="args"/></c>, output redirected (so not a
    /// terminal).</summary>
    public static ProcessStartInfo StartInfo(
        IEnumerable<string> args,
        IReadOnlyDictionary<string, string>? environment = null
    )
    {
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Repository.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "grader.dll"));
        foreach (var arg in args)
            info.ArgumentList.Add(arg);
        info.Environment.Remove("GITHUB_ACTIONS");
        info.Environment.Remove("GITHUB_STEP_SUMMARY");
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
            info.Environment[name] = value;
        return info;
    }

    /// <summary>Runs <c>grader <paramref name="args"/></c> to its end.</summary>
    public static async Task<Run> RunAsync(
        IEnumerable<string> args,
        IReadOnlyDictionary<string, string>? environment = null
    )
    {
        using var process = Process.Start(StartInfo(args, environment))!;
        var stdout = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        return new Run(process.ExitCode, await stdout, await stderr);
    }
}
