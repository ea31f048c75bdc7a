using Grader.Checks;
using Grader.Checks.Servers;
using Grader.Rubric;

namespace Grader.Labs.WebServer;

/// <summary>A request with a method the server does not serve (<c>DELETE</c>) gets no success (robustness: the
/// handout's server never looks at the method).</summary>
public sealed class OtherMethodCheck : WebServerCheck
{
    /// <inheritdoc />
    public override string Kind => "other-method";

    /// <inheritdoc />
    public override async Task<CheckOutcome> RunAsync(
        CheckSpec spec,
        ServerUnderTest server,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(server);
        var request = Get(server, TestSite.PageName).WithMethod(RawRequest.UnsupportedMethod);
        var attempt = await HttpProbe.SendAsync(server, request, "browser", cancellationToken);
        return await attempt.JudgeAsync(
            server,
            exchange => HttpJudge.JudgeOtherMethod(exchange, TestSite.PageName, TestSite.Page),
            fault => fault == HttpFault.ServedOtherMethod,
            $"refused `{request.RequestLine}`"
        );
    }
}
