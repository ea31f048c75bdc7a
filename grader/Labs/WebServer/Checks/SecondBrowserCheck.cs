using Grader.Checks;
using Grader.Labs.WebServer.Judges;
using Grader.Labs.WebServer.Probe;
using Grader.Probes;
using Grader.Rubric;

namespace Grader.Labs.WebServer.Checks;

/// <summary>
/// While a first browser holds a connection open without sending (as browsers open one ahead of need), a second
/// browser's request is served (robustness, the handout's optional exercise: a server that serves one connection at a
/// time waits for the first). The first then sends its request and both replies are read, so a sequential server is
/// left serving, not killed by an abandoned connection.
/// </summary>
public sealed class SecondBrowserCheck : WebServerCheck
{
    /// <inheritdoc />
    public override string Kind => "second-browser";

    /// <inheritdoc />
    public override async Task<CheckOutcome> RunAsync(
        CheckSpec spec,
        ServerUnderTest server,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(server);
        TcpConnection first;
        TcpConnection second;
        try
        {
            first = await server.ConnectAsync("browser 1", cancellationToken);
        }
        catch (ProbeException e)
        {
            return CheckOutcome.Fail(await server.ExplainAsync(e.Message));
        }
        using (first)
        {
            try
            {
                second = await server.ConnectAsync("browser 2", cancellationToken);
            }
            catch (ProbeException e)
            {
                return CheckOutcome.Fail(await server.ExplainAsync(e.Message));
            }
            using (second)
            {
                var request = Get(server, TestSite.PageName);
                // The first browser sends nothing meanwhile.
                var attempt = await HttpProbe.ExchangeAsync(
                    server,
                    second,
                    request,
                    cancellationToken,
                    othersQuiet: true
                );
                var outcome = await attempt.JudgeAsync(
                    server,
                    exchange => HttpJudge.JudgeFile(exchange, TestSite.PageName, TestSite.Page),
                    Required,
                    "served a second browser while a first held its connection open without sending"
                );
                if (attempt.Exchange is { Received.Length: 0, End: ReplyEnd.TimedOut } && server.Program.IsRunning)
                    outcome = CheckOutcome.Fail(
                        $"while a first browser held its connection open without sending, the server did not answer a second browser's `{request.RequestLine}`"
                            + (
                                attempt.Exchange.Hang is { } hang
                                    ? $", and never would (it {hang}, as the kernel shows)"
                                    : $" within {server.Timeouts.Reply.TotalSeconds:0.#} s"
                            )
                            + ": it serves one connection at a time; serve each connection in a thread of its own"
                    ) with
                    {
                        JudgedWhileServing = true,
                    };
                // The first browser now asks too, so a server that serves one at a time ends both exchanges normally.
                await HttpProbe.ExchangeAsync(server, first, request, cancellationToken);
                if (attempt.Exchange is { Received.Length: 0, End: ReplyEnd.TimedOut })
                    await HttpProbe.ReadReplyAsync(server, second, request, cancellationToken);
                return outcome;
            }
        }
    }
}
