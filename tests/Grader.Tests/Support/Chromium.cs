using System.Diagnostics;

namespace Grader.Tests.Support;

/// <summary>Debian's headless Chromium, as a student's or instructor's browser: opens a file offline and takes a
/// screenshot.</summary>
public static class Chromium
{
    /// <summary>Opens <paramref name="html"/> and saves what a 1280-pixel-wide window shows to <paramref
    /// name="png"/>.</summary>
    public static async Task ScreenshotAsync(string html, string png, int height = 2000)
    {
        var executable =
            new[] { "/usr/bin/chromium", "/usr/bin/chromium-browser" }.FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException(
                "chromium is not installed: ./test.sh installs Debian's chromium package"
            );
        using var profile = new TempFolder();
        var info = new ProcessStartInfo(executable) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (
            var arg in new[]
            {
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--hide-scrollbars",
                $"--user-data-dir={profile.Path}",
                $"--screenshot={png}",
                $"--window-size=1280,{height}",
                new Uri(html).AbsoluteUri,
            }
        )
            info.ArgumentList.Add(arg);
        using var process = Process.Start(info)!;
        var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        _ = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        deadline.CancelAfter(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("chromium did not finish its screenshot within 60 s");
        }
        if (!File.Exists(png))
            throw new InvalidOperationException(
                $"chromium wrote no screenshot (exit code {process.ExitCode}): {await stderr}"
            );
    }
}
