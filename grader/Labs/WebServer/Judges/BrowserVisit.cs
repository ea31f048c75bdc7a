namespace Grader.Labs.WebServer.Judges;

/// <summary>What headless Chromium did with the grader's page, for <see cref="BrowserJudge"/>.</summary>
/// <param name="Url">The page's address.</param>
/// <param name="Document">The document the browser printed once the page had loaded; empty when it never had.</param>
/// <param name="StoppedAfter">The deadline (counted from the browser's first connection to the server) at which the
/// grader stopped a browser still loading, or null when the browser ended by itself.</param>
/// <param name="Requests">What the browser asked the server for and got, in order (<see
/// cref="BrowserNetLog"/>).</param>
/// <param name="ServerEnded">How the server ended, in words, when it had; else null.</param>
public sealed record BrowserVisit(
    string Url,
    string Document,
    TimeSpan? StoppedAfter,
    IReadOnlyList<BrowserRequest> Requests,
    string? ServerEnded
);
