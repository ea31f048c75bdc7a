using Grader.Checks;
using Grader.Labs.WebServer.Checks;
using Grader.Labs.WebServer.Judges;
using Grader.Labs.WebServer.Probe;
using Grader.Rubric;

namespace Grader.Labs.WebServer;

/// <summary>Every check of the web server lab, by the kind name assignment files use. Adding a check is one line
/// here.</summary>
public static class WebServerChecks
{
    /// <summary>Every check, in the shipped rubric's order.</summary>
    public static IReadOnlyList<IServerCheck> All { get; } =
    [
        // A GET of the page gets a status line, 200, an empty line after the headers, the page's exact bytes, and a
        // close: what the handout asks. The page is plain ASCII with \n line endings, so the skeleton's text-mode read
        // sends it unchanged (its \r\n after the file is robustness).
        new OneRequestCheck(
            "serves-file",
            host => RawRequest.Get("/" + TestSite.PageName, host),
            exchange => HttpJudge.JudgeFile(exchange, TestSite.PageName, TestSite.Page),
            WebServerHandout.Requires,
            $"served {TestSite.PageName} ({TestSite.Page.Length} bytes) whole after `HTTP/1.1 200 OK` and its headers"
        )
        {
            BlocksLaterChecks = true,
        },
        // A GET of a file the folder does not have gets a well-formed 404, and a close.
        new OneRequestCheck(
            "not-found",
            host => RawRequest.Get("/" + TestSite.MissingName, host),
            HttpJudge.JudgeMissing,
            WebServerHandout.Requires,
            $"answered `HTTP/1.1 404` to a request for {TestSite.MissingName}, which is not in its folder"
        ),
        new KeepsServingCheck(),
        new HeadersCheck(),
        // The picture byte for byte, nothing after it: every fault but the headers' (robustness: the handout's
        // skeleton reads in text mode, which cannot keep a picture's bytes, and sends \r\n after the file).
        new OneRequestCheck(
            "binary-file",
            host => RawRequest.Get("/" + TestSite.ImageName, host),
            exchange => HttpJudge.JudgeFile(exchange, TestSite.ImageName, TestSite.Image),
            fault => !WebServerCheck.HeaderFaults.Contains(fault),
            $"served {TestSite.ImageName} ({TestSite.Image.Length} bytes) byte for byte, with nothing after it"
        ),
        // The 404 carries a page to show (robustness: a browser shows an empty page).
        new OneRequestCheck(
            "not-found-page",
            host => RawRequest.Get("/" + TestSite.MissingName, host),
            HttpJudge.JudgeMissing,
            fault => fault == HttpFault.NoBodyOn404 || WebServerHandout.Requires(fault),
            "the 404 reply carries a page for the browser to show"
        ),
        new SplitRequestCheck(),
        new SecondBrowserCheck(),
        new StaysInFolderCheck(),
        // A method the server does not serve gets no success (robustness: the handout's server never looks at it).
        new OneRequestCheck(
            "other-method",
            host => RawRequest.Get("/" + TestSite.PageName, host).WithMethod(RawRequest.UnsupportedMethod),
            exchange => HttpJudge.JudgeOtherMethod(exchange, TestSite.PageName, TestSite.Page),
            fault => fault == HttpFault.ServedOtherMethod,
            $"refused `{RawRequest.UnsupportedMethod} /{TestSite.PageName}`"
        ),
        new BrowserPageCheck(),
    ];

    /// <summary>The checks as the assignment loader sees them.</summary>
    public static ICheckKinds Kinds { get; } = new CheckKinds(All);

    /// <summary>The server check of <paramref name="kind"/> for <paramref name="role"/>, or null.</summary>
    public static IServerCheck? ServerCheck(Role role, string kind) => CheckKinds.Find(All, role, kind);
}
