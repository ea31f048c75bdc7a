using Grader.Rubric;

namespace Grader.Labs.WebServer;

/// <summary>The web server lab's role as data: the file names students give it, and what tells it apart.</summary>
public static class WebServerRoles
{
    /// <summary>The lab's one role: the web server.</summary>
    public static readonly Role Server = new(WebServerLab.Name, RoleKind.Server, Transport.Tcp)
    {
        Files = new(
            ["WebServer", "web_server", "webserver_py", "HTTPServer", "http_server", "server"],
            "^(?=.*(web|http))(?=.*server)(?!.*(client|test))",
            ["HTTP/1."],
            "no file that serves HTTP over TCP"
        ),
    };

    /// <summary>Every role of the lab.</summary>
    public static IReadOnlyList<Role> All { get; } = [Server];
}
