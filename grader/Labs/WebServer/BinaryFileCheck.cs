using Grader.Checks;
using Grader.Checks.Servers;
using Grader.Rubric;

namespace Grader.Labs.WebServer;

/// <summary>
/// A picture arrives byte for byte, with nothing after it (robustness: the handout's skeleton reads in text mode,
/// which cannot keep a picture's bytes, and sends <c>\r\n</c> after the file).
/// </summary>
public sealed class BinaryFileCheck : WebServerCheck
{
    /// <inheritdoc />
    public override string Kind => "binary-file";

    /// <inheritdoc />
    public override async Task<CheckOutcome> RunAsync(
        CheckSpec spec,
        ServerUnderTest server,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(server);
        var attempt = await HttpProbe.SendAsync(server, Get(server, TestSite.ImageName), "browser", cancellationToken);
        return await attempt.JudgeAsync(
            server,
            exchange => HttpJudge.JudgeFile(exchange, TestSite.ImageName, TestSite.Image),
            fault => !HeaderFaults.Contains(fault),
            $"served {TestSite.ImageName} ({TestSite.Image.Length} bytes) byte for byte, with nothing after it"
        );
    }
}
