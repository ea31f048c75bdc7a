using System.Runtime.InteropServices;
using Grader.Labs.WebServer.Judges;
using Grader.Launching;

namespace Grader.Labs.WebServer.Probe;

/// <summary>
/// Headless Chromium as the student's browser: one run loads a page, prints its document once loaded, saves a
/// screenshot and logs what it asked for and got; one still loading is stopped (<see cref="StopAsync"/>). A tool of the
/// grader's own, run in the server's network (not confined), without its sandbox since it runs as root, with a profile
/// folder of its own that is deleted after.
/// </summary>
public static partial class HeadlessBrowser
{
    private const int Terminate = 15;

    // How long a browser asked to quit may take to close its files (its network log among them) before it is killed,
    // in its own time.
    private static readonly TimeSpan QuitGrace = TimeSpan.FromSeconds(2);

    /// <summary>The names Chromium goes by on the machines the grader runs on, looked for on <c>PATH</c>.</summary>
    public static readonly IReadOnlyList<string> Names =
    [
        "chromium",
        "chromium-browser",
        "google-chrome",
        "google-chrome-stable",
        "chrome-headless-shell",
    ];

    /// <summary>The browser's path, or null when this machine has none.</summary>
    public static string? Find() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(folder => Names.Select(name => Path.Combine(folder, name)))
            .FirstOrDefault(File.Exists);

    /// <summary>The command that loads <paramref name="url"/>, prints the document once loaded, saves what an 800
    /// by 600 window shows to <paramref name="png"/>, and logs every request and its reply's head to <paramref
    /// name="netLog"/> as it goes (<see cref="BrowserNetLog"/>).</summary>
    public static ProgramCommand Load(string browser, string profile, string url, string png, string netLog) =>
        Command(
            browser,
            profile,
            "--dump-dom",
            $"--screenshot={png}",
            "--window-size=800,600",
            $"--log-net-log={netLog}",
            url
        );

    /// <summary>
    /// Stops a browser still loading: asks it to quit (SIGTERM, on which Chromium closes its network log whole), waits a
    /// moment for it to, then kills it with everything it started. Returns how it ended.
    /// </summary>
    public static async Task<ProgramExit> StopAsync(RunningProgram browser, string reason)
    {
        ArgumentNullException.ThrowIfNull(browser);
        if (browser.IsRunning && OperatingSystem.IsLinux())
        {
            _ = Kill(browser.ProcessId, Terminate);
            using var grace = browser.Clock.Deadline(QuitGrace, CancellationToken.None);
            await Task.WhenAny(browser.Exited, Task.Delay(Timeout.Infinite, grace.Token)).ConfigureAwait(false);
        }
        return await browser.KillAsync(reason).ConfigureAwait(false);
    }

    [LibraryImport("libc", EntryPoint = "kill")]
    private static partial int Kill(int processId, int signal);

    private static ProgramCommand Command(string browser, string profile, params IEnumerable<string> arguments) =>
        new(
            browser,
            [
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--no-proxy-server",
                "--hide-scrollbars",
                $"--user-data-dir={profile}",
                .. arguments,
            ],
            profile
        );
}
