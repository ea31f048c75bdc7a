using System.Net;
using Grader.Checks;
using Grader.Labs.WebServer.Judges;
using Grader.Labs.WebServer.Probe;
using Grader.Launching;
using Grader.Results;
using Grader.Rubric;

namespace Grader.Labs.WebServer.Checks;

/// <summary>
/// Headless Chromium, started in the server's network, loads the grader's page and its picture from the server, as a
/// student's browser would; the report shows its screenshot. Passes when the browser shows the page and the picture
/// (robustness: the handout's skeleton reads files in text mode, which cannot send a picture). A browser still loading
/// at the check's deadline is stopped, with everything it started, and the check says what it saw, from the browser's
/// own network log. On a machine without Chromium it is not run, and costs no points.
/// </summary>
/// <param name="findBrowser">Where this machine's Chromium is, or null when it has none (<see
/// cref="HeadlessBrowser.Find"/> by default).</param>
public sealed class BrowserPageCheck(Func<string?> findBrowser) : WebServerCheck
{
    /// <summary>The check with Chromium looked for on <c>PATH</c>.</summary>
    public BrowserPageCheck()
        : this(HeadlessBrowser.Find) { }

    /// <summary>How long the browser may take to load the page and its picture, in its own time and in the server's,
    /// before it is stopped.</summary>
    public static readonly CheckSetting<TimeSpan> PageLoad = CheckSetting.Duration(
        "page-load",
        TimeSpan.FromSeconds(5),
        "how long the browser may take to load the page and its picture, in its own time and the server's, before it is stopped"
    );

    private const int DocumentBytes = 1 << 20;
    private const string NetLogName = "net-log.json";

    // How many times the load deadline the browser may take in all, its start included, before its launch's own limit
    // stops it: a backstop for a browser that never connects to the server.
    private const int StartAllowance = 4;

    private static readonly TimeSpan MaxPoll = TimeSpan.FromMilliseconds(10);

    /// <inheritdoc />
    public override string Kind => "browser-page";

    /// <inheritdoc />
    public override IReadOnlyList<CheckSetting> Settings => [PageLoad];

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
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(server);
        var load = spec.Settings.Get(PageLoad);
        var profile = Directory.CreateTempSubdirectory("grader-browser-");
        try
        {
            var url = $"http://localhost:{server.Port}/{TestSite.PageName}";
            server.Transcript.Note($"headless Chromium loads {url}");
            var png = Path.Combine(profile.FullName, "page.png");
            var netLog = Path.Combine(profile.FullName, NetLogName);
            var (document, stopped) = await RunAsync(
                server,
                HeadlessBrowser.Load(browser, profile.FullName, url, png, netLog),
                load,
                cancellationToken
            );
            var requests = await ServerRequestsAsync(server, netLog, cancellationToken);
            var image = File.Exists(png)
                ? new CheckImage($"{url} in headless Chromium", await File.ReadAllBytesAsync(png, cancellationToken))
                : null;
            var visit = new BrowserVisit(
                url,
                document.StandardOutput,
                stopped ? load : null,
                requests,
                await server.HowItEndedAsync()
            );
            return BrowserJudge.Judge(visit) with { Image = image };
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

    // One run of the browser, in the server's network: it ends by itself, or is stopped, with all it started, once the
    // load deadline has passed in both its own time and the server's (so a loaded machine never stops it early),
    // counted from its first connection to the server (its own start, busy and slow on a loaded machine, aside).
    private static async Task<(ProgramExit Exit, bool Stopped)> RunAsync(
        ServerUnderTest server,
        ProgramCommand command,
        TimeSpan load,
        CancellationToken cancellationToken
    )
    {
        var earlier = Connections(server);
        // The launch's own limit only backs the deadline up, for a browser that never connects.
        var limits = new LaunchLimits(load * StartAllowance, DocumentBytes);
        await using var program = await ProgramLauncher.StartAsync(server.JoinNetwork(command), null, limits);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var connected = FirstConnectionAsync(server, earlier, program, stop.Token);
        if (await Task.WhenAny(program.Exited, connected) == program.Exited)
        {
            await stop.CancelAsync();
            return (await program.Exited, false);
        }
        var timeUp = BothClocksPassAsync(program.Clock, server.Program.Clock, load, stop.Token);
        var first = await Task.WhenAny(program.Exited, timeUp);
        await stop.CancelAsync();
        if (first == program.Exited || !await timeUp)
            return (await program.Exited, false);
        server.Transcript.Note(
            $"Chromium was still loading {load.TotalSeconds:0.#} s after it connected to the server: stopped"
        );
        return (await HeadlessBrowser.StopAsync(program, $"still loading after {load.TotalSeconds:0.#} s"), true);
    }

    // The client ends of the connections the server has now, to tell the browser's from any left by earlier checks;
    // null where the sandbox cannot read its socket table.
    private static HashSet<IPEndPoint>? Connections(ServerUnderTest server) =>
        server.ReadSocketTable() is { } table
            ?
            [
                .. table
                    .Entries.Where(e => e.Transport == Transport.Tcp && e.LocalPort == server.Port && !e.Serving)
                    .Select(e => e.Remote)
                    .OfType<IPEndPoint>(),
            ]
            : null;

    // Completes once the server has a connection it did not have before (the kernel's socket table shows it, accepted
    // or not), at once where the table cannot be read, or when the browser ends or the wait is cancelled.
    private static async Task FirstConnectionAsync(
        ServerUnderTest server,
        HashSet<IPEndPoint>? earlier,
        RunningProgram browser,
        CancellationToken cancellationToken
    )
    {
        var poll = TimeSpan.FromMilliseconds(1);
        try
        {
            while (earlier is not null && Connections(server) is { } now && now.IsSubsetOf(earlier))
            {
                await Task.WhenAny(browser.Exited, Task.Delay(poll, cancellationToken));
                if (!browser.IsRunning || cancellationToken.IsCancellationRequested)
                    return;
                poll = TimeSpan.FromTicks(Math.Min(poll.Ticks * 2, MaxPoll.Ticks));
            }
        }
        catch (OperationCanceledException)
        {
            // The browser ended first.
        }
    }

    // True once `duration` has passed on both clocks; false when cancelled first.
    private static async Task<bool> BothClocksPassAsync(
        ProgramClock browser,
        ProgramClock server,
        TimeSpan duration,
        CancellationToken cancellationToken
    )
    {
        try
        {
            await Task.WhenAll(
                browser.DelayAsync(duration, cancellationToken),
                server.DelayAsync(duration, cancellationToken)
            );
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    // The requests the browser made of the server, from its network log, each noted in the transcript; each one
    // answered counts as a client served, so a server that ends later is not said to have served none.
    private static async Task<IReadOnlyList<BrowserRequest>> ServerRequestsAsync(
        ServerUnderTest server,
        string netLog,
        CancellationToken cancellationToken
    )
    {
        string log;
        try
        {
            log = await File.ReadAllTextAsync(netLog, cancellationToken);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            server.Transcript.Note("Chromium left no network log");
            return [];
        }
        var origin = $"http://localhost:{server.Port}/";
        var requests = BrowserNetLog
            .Read(log)
            .Where(r => r.Url.StartsWith(origin, StringComparison.OrdinalIgnoreCase))
            .ToList();
        foreach (var request in requests)
        {
            if (request.StatusLine is not null)
                server.CountServed();
            server.Transcript.Note($"Chromium: {BrowserJudge.Summary(request)}");
        }
        return requests;
    }
}
