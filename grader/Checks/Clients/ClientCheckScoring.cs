using Grader.Results;

namespace Grader.Checks.Clients;

/// <summary>How every client lab scores a role's checks, once they are run.</summary>
public static class ClientCheckScoring
{
    /// <summary>
    /// Scores <paramref name="checks"/> in the role's order: a check whose need did not pass is skipped; when <paramref
    /// name="blocker"/> says the client never reached the probe server, the first check fails with the problem and the
    /// others are skipped, pointing to it; otherwise each check is judged on its run.
    /// </summary>
    public static IReadOnlyList<CheckResult> ScoreInOrder(IEnumerable<PendingCheck> checks, ClientBlocker? blocker)
    {
        ArgumentNullException.ThrowIfNull(checks);
        var results = new List<CheckResult>();
        string? blocked = null;
        foreach (var check in checks)
        {
            var spec = check.Spec;
            var outcome =
                (blocked ?? CheckScoring.UnmetNeed(spec, results)) is { } skip ? CheckOutcome.Skip(skip)
                : blocker is not null ? CheckOutcome.Fail(blocker.Problem)
                : check.Judge();
            var exit = check.Exit;
            var output = new ProgramOutput(
                exit.StandardOutput,
                exit.StandardError,
                exit.ExitCode,
                exit.OutputTruncated
            );
            results.Add(CheckScoring.Score(spec, outcome, check.Transcript, output));
            if (blocker is not null)
                blocked ??= $"skipped: {blocker.Summary} (see {spec.FullId})";
        }
        return results;
    }
}
