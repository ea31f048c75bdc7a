using Grader.Checks;
using Grader.Checks.Servers;
using Grader.Rubric;

namespace Grader.Labs.WebServer;

/// <summary>A <c>GET</c> of a file the folder does not have gets a well-formed <c>404</c>, and a close.</summary>
public sealed class NotFoundCheck : WebServerCheck
{
    /// <inheritdoc />
    public override string Kind => "not-found";

    /// <inheritdoc />
    public override async Task<CheckOutcome> RunAsync(
        CheckSpec spec,
        ServerUnderTest server,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(server);
        var attempt = await HttpProbe.SendAsync(
            server,
            Get(server, TestSite.MissingName),
            "browser",
            cancellationToken
        );
        return await attempt.JudgeAsync(
            server,
            HttpJudge.JudgeMissing,
            Required,
            $"answered `HTTP/1.1 404` to a request for {TestSite.MissingName}, which is not in its folder"
        );
    }
}
