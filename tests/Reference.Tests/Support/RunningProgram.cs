using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Reference.Tests.Support;

/// <summary>
/// A program started by a test: its output is collected as it comes, waits are for events (a line, an exit) with a
/// deadline, and disposing it kills it with every process it started.
/// </summary>
public sealed class RunningProgram : IAsyncDisposable
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly Process process;
    private readonly Launch launch;
    private readonly StringBuilder standardOutput = new();
    private readonly StringBuilder standardError = new();
    private readonly object gate = new();
    private TaskCompletionSource outputChanged = NewSignal();

    private RunningProgram(Launch launch, Process process)
    {
        this.launch = launch;
        this.process = process;
        var outputDrained = PumpAsync(process.StandardOutput, standardOutput);
        var errorDrained = PumpAsync(process.StandardError, standardError);
        Completion = WaitForEndAsync(outputDrained, errorDrained);
    }

    /// <summary>Completes once the program has exited and all its output has been read.</summary>
    public Task Completion { get; }

    /// <summary>The operating system's id of the program.</summary>
    public int Id => process.Id;

    /// <summary>Everything the program has written on standard output so far.</summary>
    public string StandardOutput
    {
        get
        {
            lock (gate)
            {
                return standardOutput.ToString();
            }
        }
    }

    /// <summary>Everything the program has written on standard error so far.</summary>
    public string StandardError
    {
        get
        {
            lock (gate)
            {
                return standardError.ToString();
            }
        }
    }

    /// <summary>Starts <paramref name="launch"/>, writes <paramref name="standardInput"/> to it and closes its
    /// input.</summary>
    /// <param name="launch">What to run.</param>
    /// <param name="standardInput">The whole of its standard input; none (end of input at once) when null.</param>
    public static async Task<RunningProgram> StartAsync(Launch launch, string? standardInput = null)
    {
        var startInfo = new ProcessStartInfo(launch.FileName)
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardInputEncoding = Utf8,
            StandardOutputEncoding = Utf8,
            StandardErrorEncoding = Utf8,
            WorkingDirectory = launch.WorkingDirectory ?? "",
        };
        foreach (var argument in launch.Arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in launch.Environment)
        {
            startInfo.Environment[name] = value;
        }

        var process = Process.Start(startInfo) ?? throw new InvalidOperationException($"'{launch}' did not start.");
        var program = new RunningProgram(launch, process);
        try
        {
            if (standardInput is not null)
            {
                await process.StandardInput.WriteAsync(standardInput);
            }

            process.StandardInput.Close();
        }
        catch (IOException)
        {
            // The program exited before reading its input; its exit code and output tell the story.
        }

        return program;
    }

    /// <summary>Starts a server and returns once it has printed <paramref name="readyLine"/>.</summary>
    public static async Task<RunningProgram> StartServerAsync(
        Launch launch,
        string readyLine = "The server is ready to receive"
    )
    {
        var server = await StartAsync(launch);
        try
        {
            await server.WaitForLineAsync(readyLine);
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    /// <summary>Waits until standard output holds <paramref name="line"/> as a whole line.</summary>
    /// <exception cref="TimeoutException">The program exited first, or the deadline passed.</exception>
    public Task WaitForLineAsync(string line) =>
        WaitForOutputAsync(output => output.Split('\n').Contains(line), $"the line '{line}'");

    /// <summary>Waits until standard output holds a whole line (ended by its newline) matching
    /// <paramref name="pattern"/>.</summary>
    /// <returns>The first such line's match.</returns>
    /// <exception cref="TimeoutException">The program exited first, or the deadline passed.</exception>
    public async Task<Match> WaitForLineAsync(Regex pattern)
    {
        Match? found = null;
        await WaitForOutputAsync(
            output =>
            {
                // Only lines already ended: a line still being written could match with half its digits.
                found = output.Split('\n')[..^1].Select(line => pattern.Match(line)).FirstOrDefault(m => m.Success);
                return found is not null;
            },
            $"a line matching /{pattern}/"
        );
        return found!;
    }

    /// <summary>Waits until standard output satisfies <paramref name="condition"/>.</summary>
    /// <exception cref="TimeoutException">The program exited first, or the deadline passed.</exception>
    public async Task WaitForOutputAsync(Func<string, bool> condition, string description)
    {
        using var deadline = new CancellationTokenSource(Timeouts.Event);
        var expired = Task.Delay(Timeout.Infinite, deadline.Token);
        while (true)
        {
            Task changed;
            lock (gate)
            {
                if (condition(standardOutput.ToString()))
                {
                    return;
                }

                changed = outputChanged.Task;
            }

            if (Completion.IsCompleted)
            {
                throw Failure($"exited (code {process.ExitCode}) before printing {description}");
            }

            if (await Task.WhenAny(changed, Completion, expired) == expired)
            {
                throw Failure($"did not print {description} within {Timeouts.Event.TotalSeconds} s");
            }
        }
    }

    /// <summary>Waits for the program to exit on its own.</summary>
    /// <returns>Its exit code.</returns>
    /// <exception cref="TimeoutException">It was still running at the deadline.</exception>
    public async Task<int> WaitForExitAsync()
    {
        if (await Task.WhenAny(Completion, Task.Delay(Timeouts.Event)) != Completion)
        {
            throw Failure($"did not exit within {Timeouts.Event.TotalSeconds} s");
        }

        return process.ExitCode;
    }

    /// <summary>Whether the program is still running after watching it for <see cref="Timeouts.Silence"/>.</summary>
    public async Task<bool> IsStillRunningAfterSilenceAsync()
    {
        await Task.WhenAny(Completion, Task.Delay(Timeouts.Silence));
        return !Completion.IsCompleted;
    }

    /// <summary>Sends the program a signal, like <c>kill -s TERM</c>.</summary>
    /// <param name="signal">The signal's name without <c>SIG</c>: <c>TERM</c>, <c>INT</c>.</param>
    public Task SignalAsync(string signal) =>
        ShortCommand.RunCheckedAsync(
            Launch.Of("kill", "-s", signal, Id.ToString(CultureInfo.InvariantCulture)),
            CancellationToken.None
        );

    /// <summary>Kills the program and everything it started, if it is still running.</summary>
    public async ValueTask DisposeAsync()
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }

        await Task.WhenAny(Completion, Task.Delay(Timeouts.Event));
        process.Dispose();
    }

    private TimeoutException Failure(string what) =>
        new($"'{launch}' {what}.\nstdout: {Show(StandardOutput)}\nstderr: {Show(StandardError)}");

    private static string Show(string text) => text.Length == 0 ? "(nothing)" : text.ReplaceLineEndings("⏎");

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private async Task PumpAsync(StreamReader reader, StringBuilder into)
    {
        var buffer = new char[4096];
        int read;
        while ((read = await reader.ReadAsync(buffer)) > 0)
        {
            TaskCompletionSource changed;
            lock (gate)
            {
                into.Append(buffer, 0, read);
                changed = outputChanged;
                outputChanged = NewSignal();
            }

            changed.SetResult();
        }
    }

    private async Task WaitForEndAsync(Task outputDrained, Task errorDrained)
    {
        await process.WaitForExitAsync();
        await Task.WhenAll(outputDrained, errorDrained);
    }
}
