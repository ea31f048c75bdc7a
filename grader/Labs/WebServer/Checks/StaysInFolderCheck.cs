using Grader.Checks;
using Grader.Labs.WebServer.Judges;
using Grader.Labs.WebServer.Probe;
using Grader.Rubric;

namespace Grader.Labs.WebServer.Checks;

/// <summary>
/// Paths that climb out of the server's folder (<c>/../</c> enough times to reach the root, the same with
/// percent-encoded dots or slashes, and an absolute <c>//etc/passwd</c>) never serve a file from outside it: a security
/// check, robustness (the handout's server opens whatever path it is given).
/// </summary>
public sealed class StaysInFolderCheck : WebServerCheck
{
    /// <summary>The file outside every server's folder that the requests ask for: every machine and container has
    /// it.</summary>
    public const string OutsideFile = "/etc/passwd";

    // More levels than any sandbox's folder is deep: climbing past the root stays at the root.
    private const int Levels = 16;

    /// <inheritdoc />
    public override string Kind => "stays-in-folder";

    /// <summary>The requests, each a way out of the folder to <see cref="OutsideFile"/>.</summary>
    public static IReadOnlyList<RawRequest> Requests(string host)
    {
        var file = OutsideFile.TrimStart('/');
        return
        [
            RawRequest.Get("/" + string.Concat(Enumerable.Repeat("../", Levels)) + file, host),
            RawRequest.Get("/" + string.Concat(Enumerable.Repeat("%2e%2e/", Levels)) + file, host),
            RawRequest.Get("/" + string.Concat(Enumerable.Repeat("..%2f", Levels)) + file, host),
            RawRequest.Get("/" + OutsideFile, host),
        ];
    }

    /// <inheritdoc />
    public override async Task<CheckOutcome> RunAsync(
        CheckSpec spec,
        ServerUnderTest server,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(server);
        byte[] outside;
        try
        {
            outside = await File.ReadAllBytesAsync(OutsideFile, cancellationToken);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return CheckOutcome.NotRunHere(
                $"skipped: the grader cannot read {OutsideFile} to recognise it ({e.Message})"
            );
        }
        var requests = Requests($"localhost:{server.Port}");
        foreach (var request in requests)
        {
            var attempt = await HttpProbe.SendAsync(server, request, "browser", cancellationToken);
            var outcome = await attempt.JudgeAsync(
                server,
                exchange => HttpJudge.JudgeTraversal(exchange, OutsideFile, outside),
                fault => fault == HttpFault.ServedOutsideRoot,
                ""
            );
            if (outcome.Status != Results.CheckStatus.Passed && attempt.Exchange is not null)
                return outcome;
        }
        return CheckOutcome.Pass(
            $"served nothing from outside its folder for {requests.Count} paths that climb out of it"
        );
    }
}
