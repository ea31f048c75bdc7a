using Grader.Checks;
using Grader.Launching;
using Grader.Rubric;

namespace Grader.Labs.WebServer;

/// <summary>
/// The web server lab (Kurose and Ross, chapter 2): a server that serves the files of its own folder over HTTP/1.1, one
/// request per connection, on port 6789. The grader is its browser: raw requests for the exact checks, and headless
/// Chromium for the page as a student sees it.
/// </summary>
public sealed class WebServerLab : ILab
{
    /// <summary>The lab's name.</summary>
    public const string Name = "web-server";

    /// <summary>The port of the handout's skeleton.</summary>
    public const int Port = 6789;

    /// <summary>The lab's one role: the web server.</summary>
    public static readonly Role Server = new(Name, RoleKind.Server, Transport.Tcp)
    {
        Files = new(
            ["WebServer", "web_server", "webserver_py", "HTTPServer", "http_server", "server"],
            "^(?=.*(web|http))(?=.*server)(?!.*(client|test))",
            ["HTTP/1."],
            "no file that serves HTTP over TCP"
        ),
    };

    private static readonly IReadOnlyList<IServerCheck> Checks =
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

    /// <inheritdoc />
    public LabDefinition Definition { get; } =
        new(
            Name,
            "Web server: serves the files of its folder over HTTP/1.1 (status line, headers, the file's bytes, 404)",
            [Server],
            Port,
            Path.Combine("Labs", "WebServer", "web-server.yaml"),
            new CheckKinds(Checks)
        );

    /// <inheritdoc />
    public IServerCheck? ServerCheck(Role role, string kind) => CheckKinds.Find(Checks, role, kind);

    /// <inheritdoc />
    public IReadOnlyList<LaunchFile> LaunchFiles(Role role) => TestSite.Files;

    /// <inheritdoc />
    /// <remarks>The textbook's skeleton with its blanks filled as the handout asks
    /// (<c>submissions/web-server-as-handed-out</c>).</remarks>
    public IReadOnlyList<string> BaseFiles { get; } = [Path.Combine("Labs", "WebServer", "Base", "WebServer.py")];
}
