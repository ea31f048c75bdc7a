using System.Text.RegularExpressions;
using Grader.Checks;
using Grader.Launching;
using Grader.Results;
using Grader.Rubric;

namespace Grader.Labs.WebServer;

/// <summary>
/// Headless Chromium, started in the server's network, loads the grader's page and its picture from the server, as a
/// student's browser would; the report shows its screenshot. Passes when the browser shows the page and the picture
/// (robustness: the handout's skeleton reads files in text mode, which cannot send a picture). On a machine without
/// Chromium it is not run, and costs no points.
/// </summary>
/// <param name="findBrowser">Where this machine's Chromium is, or null when it has none (<see
/// cref="HeadlessBrowser.Find"/> by default).</param>
public sealed partial class BrowserPageCheck(Func<string?> findBrowser) : WebServerCheck
{
    /// <summary>The check with Chromium looked for on <c>PATH</c>.</summary>
    public BrowserPageCheck()
        : this(HeadlessBrowser.Find) { }

    private const int DocumentBytes = 1 << 20;

    /// <inheritdoc />
    public override string Kind => "browser-page";

    /// <inheritdoc />
    public override async Task<CheckOutcome> RunAsync(
        CheckSpec spec,
        ServerUnderTest server,
        CancellationToken cancellationToken
    )
    {
        if (findBrowser() is not { } browser)
            return CheckOutcome.NotRunHere(
                $"not run: there is no Chromium where the grader runs (looked for {string.Join(", ", HeadlessBrowser.Names)} on PATH), so it costs no points; install Debian's chromium package to see the page as a browser does"
            );
        ArgumentNullException.ThrowIfNull(server);
        var profile = Directory.CreateTempSubdirectory("grader-browser-");
        try
        {
            var url = $"http://localhost:{server.Port}/{TestSite.PageName}";
            server.Transcript.Note($"headless Chromium loads {url}");
            var png = Path.Combine(profile.FullName, "page.png");
            var document = await RunAsync(server, HeadlessBrowser.Load(browser, profile.FullName, url, png));
            var image = File.Exists(png)
                ? new CheckImage($"{url} in headless Chromium", await File.ReadAllBytesAsync(png, cancellationToken))
                : null;
            return Judge(url, document, await server.HowItEndedAsync()) with { Image = image };
        }
        finally
        {
            try
            {
                profile.Delete(recursive: true);
            }
            catch (IOException)
            {
                // A browser process still closing a file: the temporary folder is left for the system to clean.
            }
        }
    }

    private static CheckOutcome Judge(string url, ProgramExit document, string? serverEnded)
    {
        var shown = document.StandardOutput;
        if (!shown.Contains(TestSite.Heading, StringComparison.Ordinal))
            return CheckOutcome.Fail(
                serverEnded is not null ? $"Chromium could not load {url}: {serverEnded}"
                : document.KilledBecause is { } killed
                    ? $"Chromium was still loading {url} when it was stopped ({killed}): the server never finished its reply"
                : $"Chromium did not show the page {TestSite.PageName}: its document holds no `{TestSite.Heading}`"
            );
        // The page's script writes the picture's fate into one element (the words also stand in the script itself).
        var status = PictureStatus().Match(shown) is { Success: true } found ? found.Groups[1].Value.Trim() : "";
        if (status == TestSite.PictureLoaded)
            return CheckOutcome.Pass($"Chromium showed {TestSite.PageName} and its picture {TestSite.ImageName}");
        var why =
            serverEnded
            ?? (
                status == TestSite.PictureFailed
                    ? "the server sent nothing a browser can read as a picture: read and send files as bytes (`'rb'`)"
                    : "the browser was still waiting for it when the page was read"
            );
        return CheckOutcome.Fail(
            $"Chromium showed {TestSite.PageName} but not its picture {TestSite.ImageName}: {why}"
        );
    }

    [GeneratedRegex("<p id=\"" + TestSite.PictureStatusId + "\">([^<]*)</p>")]
    private static partial Regex PictureStatus();

    // One run of the browser, in the server's network, stopped at its time limit.
    private static async Task<ProgramExit> RunAsync(ServerUnderTest server, ProgramCommand command)
    {
        var limits = new LaunchLimits(HeadlessBrowser.RunLimit, DocumentBytes);
        await using var program = await ProgramLauncher.StartAsync(server.JoinNetwork(command), null, limits);
        return await program.Exited;
    }
}
