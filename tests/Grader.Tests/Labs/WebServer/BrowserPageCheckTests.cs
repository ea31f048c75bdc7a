using System.Diagnostics;
using FluentAssertions;
using Grader.Labs.WebServer;
using Grader.Labs.WebServer.Probe;
using Grader.Results;
using Grader.Rubric;
using Grader.Tests.Support;

namespace Grader.Tests.Labs.WebServer;

/// <summary>
/// The browser check against real servers whose <c>Content-Length</c> is larger than the body they send, with real
/// Chromium in the namespace sandbox: the browser never finishes, so the check stops it a few seconds after it
/// connected (never at the launch's wall-time limit) and says what the browser saw, without blaming the server for an
/// end it never had.
/// </summary>
public sealed class BrowserPageCheckTests
{
    private static readonly Assignment Rubric = AssignmentLoader.LoadShipped(new WebServerLab().Definition);

    // Well under the launch's wall-time limit (60 s), which a browser that waits forever used to run into.
    private static readonly TimeSpan InSeconds = TimeSpan.FromSeconds(20);

    // A server that serves every request of a connection until the browser closes it (HTTP/1.1's persistent
    // connections), and announces 10 bytes more than each file has.
    private const string KeepsConnectionsOpen = """
        from socket import *
        import threading

        def serve(connectionSocket):
            while True:
                message = connectionSocket.recv(1024).decode()
                if not message:
                    break
                filename = message.split()[1]
                try:
                    with open(filename[1:], 'rb') as f:
                        data = f.read()
                    header = "HTTP/1.1 200 OK\r\nContent-Length: %d\r\n\r\n" % (len(data) + 10)
                    connectionSocket.send(header.encode() + data)
                except IOError:
                    body = b"<html><body><h1>404 Not Found</h1></body></html>"
                    header = "HTTP/1.1 404 Not Found\r\nContent-Length: %d\r\n\r\n" % len(body)
                    connectionSocket.send(header.encode() + body)
            connectionSocket.close()

        serverSocket = socket(AF_INET, SOCK_STREAM)
        serverSocket.bind(('', 6789))
        serverSocket.listen(5)
        while True:
            connectionSocket, addr = serverSocket.accept()
            threading.Thread(target=serve, args=(connectionSocket,)).start()
        """;

    [Fact]
    public async Task Server_whose_content_length_is_too_large_and_that_closes_is_graded_in_seconds_with_what_the_browser_saw()
    {
        var clock = Stopwatch.StartNew();

        var result = await LabGrading.GradeAsync(
            Repository.Submission("web-server-content-length-too-large"),
            assignment: Rubric
        );

        clock.Elapsed.Should().BeLessThan(InSeconds);
        result.ShouldPassEveryRequiredCheck("web-server-content-length-too-large");
        var browser = result.Check("web-server/browser-page");
        browser.Status.Should().Be(CheckStatus.Failed);
        browser
            .Message.Should()
            .Be(
                $"Chromium was still loading http://localhost:6789/{TestSite.PageName} 5 s after it connected to the server, and was stopped: the reply to `GET /{TestSite.PageName}` says `Content-Length: 642` but the server sent 600 bytes of body and closed the connection, 42 bytes short (`ERR_CONTENT_LENGTH_MISMATCH`)"
            );
    }

    [Fact]
    public async Task Server_whose_content_length_is_too_large_and_that_keeps_the_connection_open_never_ends_its_reply_and_is_graded_in_seconds()
    {
        using var submission = new TempSubmission("keeps-connections-open");
        submission.With("WebServer.py", KeepsConnectionsOpen);
        var clock = Stopwatch.StartNew();

        var result = await LabGrading.GradeAsync(submission.Folder, assignment: Rubric);

        clock.Elapsed.Should().BeLessThan(InSeconds);
        result
            .Check("web-server/serves-file")
            .Message.Should()
            .Be(
                "the server sent 600 bytes of body, 10 fewer than the `Content-Length: 610` it announced, and then neither sent the rest nor closed the connection, so a browser waits for the last 10 bytes forever"
            );
        var browser = result.Check("web-server/browser-page");
        browser
            .Message.Should()
            .Be(
                $"Chromium was still loading http://localhost:6789/{TestSite.PageName} 5 s after it connected to the server, and was stopped: the browser waited for 10 more bytes than the body it received: the reply to `GET /{TestSite.PageName}` says `Content-Length: 610` but the server sent 600 bytes and kept the connection open"
            );
        browser.Message.Should().NotContain("before serving any client").And.NotContain("time limit");
    }
}
