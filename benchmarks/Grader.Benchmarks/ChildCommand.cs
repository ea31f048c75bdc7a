using System.Diagnostics;
using System.Globalization;

namespace Grader.Benchmarks;

/// <summary>A command to time: a program, its arguments, and the environment changes it runs with.</summary>
/// <param name="Program">The program (a path, or a name looked up on the PATH).</param>
/// <param name="Arguments">Its arguments.</param>
/// <param name="Environment">Variables to set (a null value removes the variable).</param>
internal sealed record ChildCommand(
    string Program,
    IReadOnlyList<string> Arguments,
    IReadOnlyDictionary<string, string?>? Environment = null
)
{
    // Polled this often for the peak resident set: VmHWM is a high-water mark, so only growth in the last interval
    // before the exit can be missed.
    private static readonly TimeSpan MemoryPoll = TimeSpan.FromMilliseconds(10);

    /// <summary>The same command with one more environment variable.</summary>
    public ChildCommand WithEnvironment(string name, string? value) =>
        this with
        {
            Environment = new Dictionary<string, string?>(Environment ?? new Dictionary<string, string?>())
            {
                [name] = value,
            },
        };

    /// <summary>Runs the command in <paramref name="directory"/> to its end, timing it as a whole.</summary>
    public async Task<Measurement> RunAsync(string directory, CancellationToken cancellationToken)
    {
        var info = new ProcessStartInfo(Program)
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in Arguments)
            info.ArgumentList.Add(argument);
        // A benchmark run must not append to a CI job's summary or print CI annotations.
        info.Environment.Remove("GITHUB_STEP_SUMMARY");
        info.Environment.Remove("GITHUB_ACTIONS");
        foreach (var (name, value) in Environment ?? new Dictionary<string, string?>())
        {
            if (value is null)
                info.Environment.Remove(name);
            else
                info.Environment[name] = value;
        }

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(info) ?? throw new InvalidOperationException($"could not start {Program}");
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        var exited = process.WaitForExitAsync(cancellationToken);
        long peak = 0;
        try
        {
            while (!exited.IsCompleted)
            {
                peak = Math.Max(peak, ReadPeakRss(process.Id));
                await Task.WhenAny(exited, Task.Delay(MemoryPoll, cancellationToken));
            }
            await exited;
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }
        var wall = clock.Elapsed;
        return new Measurement(wall, peak, process.ExitCode, await output, await error);
    }

    private static long ReadPeakRss(int pid)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            {
                // "VmHWM:     91234 kB"
                if (!line.StartsWith("VmHWM:", StringComparison.Ordinal))
                    continue;
                var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                return long.Parse(fields[1], CultureInfo.InvariantCulture);
            }
        }
        catch (IOException)
        {
            // The process has just exited.
        }
        catch (UnauthorizedAccessException)
        {
            // Likewise: its /proc entry is going away.
        }
        return 0;
    }
}
