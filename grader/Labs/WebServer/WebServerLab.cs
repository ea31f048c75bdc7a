using Grader.Checks;
using Grader.Labs.WebServer.Probe;
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

    /// <inheritdoc />
    public LabDefinition Definition { get; } =
        new(
            Name,
            "Web server: serves the files of its folder over HTTP/1.1 (status line, headers, the file's bytes, 404)",
            WebServerRoles.All,
            Port,
            Path.Combine("Labs", "WebServer", "web-server.yaml"),
            WebServerChecks.Kinds
        );

    /// <inheritdoc />
    public IServerCheck? ServerCheck(Role role, string kind) => WebServerChecks.ServerCheck(role, kind);

    /// <inheritdoc />
    public IReadOnlyList<LaunchFile> LaunchFiles(Role role) => TestSite.Files;

    /// <inheritdoc />
    /// <remarks>The textbook's skeleton with its blanks filled as the handout asks
    /// (<c>submissions/web-server-as-handed-out</c>).</remarks>
    public IReadOnlyList<string> BaseFiles { get; } = [Path.Combine("Labs", "WebServer", "Base", "WebServer.py")];
}
