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
        new ServesFileCheck(),
        new NotFoundCheck(),
        new KeepsServingCheck(),
        new HeadersCheck(),
        new BinaryFileCheck(),
        new NotFoundPageCheck(),
        new SplitRequestCheck(),
        new SecondBrowserCheck(),
        new StaysInFolderCheck(),
        new OtherMethodCheck(),
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
            new ServerCheckKinds(Checks)
        );

    /// <inheritdoc />
    public IServerCheck? ServerCheck(Role role, string kind) =>
        Checks.FirstOrDefault(c => c.Kind == kind && c.AppliesTo(role));

    /// <inheritdoc />
    public IClientCheck? ClientCheck(Role role, string kind) => null;

    /// <inheritdoc />
    public IReadOnlyList<LaunchFile> LaunchFiles(Role role) => TestSite.Files;
}
