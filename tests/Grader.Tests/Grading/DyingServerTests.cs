using FluentAssertions;
using Grader.Labs.WebServer;
using Grader.Results;
using Grader.Rubric;
using Grader.Tests.Support;

namespace Grader.Tests.Grading;

/// <summary>
/// A server that a check's request kills is reported once, by that check, with what killed it, however long its
/// runtime takes to end: a JVM prints the exception that ended its main thread and closes down a moment after the
/// connection closed, and the grader gives it that moment rather than take it for a server that lives on (and then
/// blame its death on the next check, or on a check it passed).
/// </summary>
public sealed class DyingServerTests
{
    private const string ServerDyingOfAMissingFile = """
        import java.io.*;
        import java.net.*;

        public final class WebServer {
            public static void main(String[] args) throws Exception {
                ServerSocket listener = new ServerSocket(6789);
                while (true) {
                    try (Socket client = listener.accept()) {
                        BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream()));
                        String path = "." + in.readLine().split(" ")[1];
                        FileInputStream file = new FileInputStream(path);
                        OutputStream out = client.getOutputStream();
                        out.write("HTTP/1.0 200 OK\r\n\r\n".getBytes());
                        file.transferTo(out);
                        file.close();
                    }
                }
            }
        }
        """;

    [Fact]
    public async Task A_java_server_killed_by_a_missing_file_is_reported_once_by_the_check_that_asked_for_it()
    {
        using var submission = new TempSubmission("dies-of-a-missing-file").With(
            "WebServer.java",
            ServerDyingOfAMissingFile
        );
        var rubric = AssignmentLoader.LoadShipped(new WebServerLab().Definition);

        for (var run = 1; run <= 3; run++)
        {
            var result = await LabGrading.GradeAsync(submission.Folder, assignment: rubric);

            result
                .Check("web-server/not-found")
                .Message.Should()
                .Contain("java.io.FileNotFoundException", $"run {run}: the check that killed it says what did");
            result.Check("web-server/keeps-serving").Status.Should().Be(CheckStatus.Skipped, $"run {run}");
            result.Check("web-server/serves-file").Passed.Should().BeTrue($"run {run}");
        }
    }
}
