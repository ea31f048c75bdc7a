using Grader.Launching;

namespace Grader.Labs.WebServer;

/// <summary>
/// Headless Chromium as the student's browser: one run loads a page, prints its document once loaded and saves a
/// screenshot. A tool of the grader's own, run in the server's network (not confined), without its sandbox since it
/// runs as root, with a profile folder of its own that is deleted after.
/// </summary>
public static class HeadlessBrowser
{
    /// <summary>The names Chromium goes by on the machines the grader runs on, looked for on <c>PATH</c>.</summary>
    public static readonly IReadOnlyList<string> Names =
    [
        "chromium",
        "chromium-browser",
        "google-chrome",
        "google-chrome-stable",
        "chrome-headless-shell",
    ];

    /// <summary>How long one run of the browser may take, a page's load included, before it is stopped.</summary>
    public static readonly TimeSpan RunLimit = TimeSpan.FromSeconds(60);

    /// <summary>The browser's path, or null when this machine has none.</summary>
    public static string? Find() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(folder => Names.Select(name => Path.Combine(folder, name)))
            .FirstOrDefault(File.Exists);

    /// <summary>The command that loads <paramref name="url"/>, prints the document once loaded, and saves what an 800
    /// by 600 window shows to <paramref name="png"/>.</summary>
    public static ProgramCommand Load(string browser, string profile, string url, string png) =>
        Command(browser, profile, "--dump-dom", $"--screenshot={png}", "--window-size=800,600", url);

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
