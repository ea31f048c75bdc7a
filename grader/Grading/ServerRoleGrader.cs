using Grader.Checks;
using Grader.Labs;
using Grader.Launching;
using Grader.Probes;
using Grader.Results;
using Grader.Rubric;
using Grader.Sandboxes;
using Grader.Sessions;

namespace Grader.Grading;

/// <summary>
/// Grades a server role: starts the student's server in a sandbox network of its own, waits until it serves, and runs
/// the role's checks against it in order, keeping one server process across checks so a server that dies is caught.
/// Every fault is charged to the check it belongs to, once:
/// <list type="bullet">
/// <item>a server that never starts, or never answers, fails one check; the role's later checks are skipped because of
/// it;</item>
/// <item>a check that fails with the server dead runs once more on a fresh server: if it passes there, the server was
/// dying anyway and this check is not to blame; if it fails again, this check's input is what kills the server;</item>
/// <item>a server that ended between checks is started afresh for the next one, and its death is the failure of the
/// check that judges longevity (<c>stays-up</c>), unless a check already reported it.</item>
/// </list>
/// </summary>
internal sealed class ServerRoleGrader(Assignment assignment, ISandbox sandbox) : IRoleGrader
{
    private readonly Assignment _assignment = assignment;
    private readonly ISandbox _sandbox = sandbox;
    private readonly ILab _lab = LabRegistry.For(assignment);

    /// <inheritdoc />
    public async Task<IReadOnlyList<CheckResult>> GradeAsync(
        RoleSpec role,
        ProgramCommand command,
        CancellationToken cancellationToken
    )
    {
        await using var life = new ServerLife(this, role.Role, command);
        var results = new List<CheckResult>();
        foreach (var spec in role.Checks)
            results.Add(await GradeCheckAsync(spec, life, results, cancellationToken));
        return results;
    }

    private static async Task<CheckResult> GradeCheckAsync(
        CheckSpec spec,
        ServerLife life,
        List<CheckResult> earlier,
        CancellationToken cancellationToken
    )
    {
        if (spec.Fresh)
            await life.StopAsync();
        if ((life.Blocker ?? CheckScoring.UnmetNeed(spec, earlier)) is { } skip)
            return CheckScoring.Score(spec, CheckOutcome.Skip(skip), [], null);

        var check =
            life.Lab.ServerCheck(spec.Role, spec.Kind)
            ?? throw new InvalidOperationException($"no server check '{spec.Kind}' for {spec.Role.Name}");
        if (check.JudgesLongevity && await life.DeathBeforeAsync(spec) is { } longevity)
            return longevity;

        var attempt = await life.AttemptAsync(spec, check, cancellationToken);
        if (attempt is { ServerDied: true, Outcome.JudgedWhileServing: true })
        {
            // The server answered in full and ended after: the verdict stands, the end is noted for the longevity
            // check, and the next check gets a fresh server.
            life.NoteEndAfter(attempt.HowServerEnded!, spec);
            await life.StopAsync();
            return attempt.Result;
        }
        if (
            attempt.Outcome.Status == CheckStatus.Failed
            && attempt.ServerDied
            && !check.JudgesLongevity
            && !attempt.FirstOfItsServer
        )
        {
            // Was the server killed by this check's input, or dying already? The same check on a fresh server tells.
            life.NoteDeath(attempt.HowServerEnded!, spec);
            await life.StopAsync();
            attempt = await life.AttemptAsync(spec, check, cancellationToken);
        }
        if (attempt.Outcome.Status == CheckStatus.Failed && attempt.ServerDied)
        {
            await life.StopAsync();
            if (life.DeathReportedBy is { } reporter && life.ReportedDeathSignature == attempt.DeathSignature)
                return CheckScoring.Score(
                    spec,
                    CheckOutcome.Skip($"skipped: the server ends the same way as in {reporter}, which reports it"),
                    attempt.Result.Transcript,
                    null
                );
            life.DeathReportedBy ??= spec.FullId;
            life.ReportedDeathSignature ??= attempt.DeathSignature;
            life.ForgetDeathBetweenChecks();
        }
        else if (attempt.Outcome.BlocksLaterChecks)
        {
            life.Blocker = $"skipped: the server does not answer (see {spec.FullId})";
        }
        return attempt.Result;
    }

    /// <summary>One try of a check.</summary>
    /// <param name="Outcome">The check's verdict.</param>
    /// <param name="Result">The verdict as a result, with transcript and output.</param>
    /// <param name="ServerDied">Whether the server had ended by the check's end.</param>
    /// <param name="HowServerEnded">How it ended, in words, or null.</param>
    /// <param name="FirstOfItsServer">Whether this was the first check the server process saw.</param>
    /// <param name="DeathSignature">How the server ended (exit code and error), without how many clients it served, so
    /// two deaths compare.</param>
    private sealed record Attempt(
        CheckOutcome Outcome,
        CheckResult Result,
        bool ServerDied,
        string? HowServerEnded,
        bool FirstOfItsServer,
        string? DeathSignature = null
    );

    /// <summary>The server processes of one role, one after another, and what the grader learnt of their
    /// deaths.</summary>
    private sealed class ServerLife(ServerRoleGrader grader, Role role, ProgramCommand command) : IAsyncDisposable
    {
        /// <summary>The lab whose checks the server is judged by.</summary>
        public ILab Lab => grader._lab;

        private ServerSession? _server;
        private int _checksOnServer;
        private readonly RoleMemory _memory = new();
        private string? _deathBetweenChecks;

        /// <summary>Why every later check is skipped (the server never starts, or never answers), or null.</summary>
        public string? Blocker { get; set; }

        /// <summary>The check that already reported a death of the server, or null.</summary>
        public string? DeathReportedBy { get; set; }

        /// <summary>How the server ended in the death already reported, to tell the same fault from another.</summary>
        public string? ReportedDeathSignature { get; set; }

        /// <summary>For the longevity check: a failure for a death between checks, a skip for one already reported, or
        /// null.</summary>
        public async Task<CheckResult?> DeathBeforeAsync(CheckSpec spec)
        {
            await NoteDeathSinceLastCheckAsync(spec);
            if (DeathReportedBy is { } reporter)
                return CheckScoring.Score(
                    spec,
                    CheckOutcome.Skip($"skipped: the server ended during {reporter}, which reports it"),
                    [],
                    null
                );
            return _deathBetweenChecks is { } death
                ? CheckScoring.Score(spec, CheckOutcome.Fail(death), [], null)
                : null;
        }

        public void NoteDeath(string howItEnded, CheckSpec spec) =>
            _deathBetweenChecks ??=
                $"{howItEnded} (it ended around the check {spec.FullId}, which passes on a fresh server)";

        public void ForgetDeathBetweenChecks() => _deathBetweenChecks = null;

        public void NoteEndAfter(string howItEnded, CheckSpec spec) =>
            _deathBetweenChecks ??= $"{howItEnded} (it ended after the check {spec.FullId})";

        public async Task<Attempt> AttemptAsync(CheckSpec spec, IServerCheck check, CancellationToken cancellationToken)
        {
            await NoteDeathSinceLastCheckAsync(spec);
            var transcript = new Transcript();
            _server ??= await ServerSession.StartAsync(
                grader._assignment,
                grader._sandbox,
                role,
                command,
                transcript,
                cancellationToken
            );
            var first = _checksOnServer++ == 0;
            if (_server.Readiness is Readiness.NotReady notReady)
            {
                Blocker = $"skipped: the server never started serving (see {spec.FullId})";
                var failed = CheckOutcome.Fail(notReady.WhyNot);
                return new Attempt(
                    failed,
                    CheckScoring.Score(spec, failed, transcript.Entries, _server.Output()),
                    false,
                    null,
                    first
                );
            }
            var underTest = _server.UnderTest!;
            // A server serves check after check: each check's capture is the server's network from the end of the
            // check before (every packet of it read) to the end of this one.
            if (!first)
                await transcript.CaptureAsync(_server.Network);
            underTest.Transcript = transcript;
            underTest.Memory = _memory;
            var outcome = await check.RunAsync(spec, underTest, cancellationToken);
            // After a failure, a server that no longer serves its port is ending: HowItEndedAsync waits for its exit.
            var ended =
                outcome.Status == CheckStatus.Failed || !underTest.Program.IsRunning
                    ? await underTest.HowItEndedAsync()
                    : null;
            var signature = ended is null ? null : ProgramDiagnosis.HowItEnded(await underTest.Program.Exited);
            return new Attempt(
                outcome,
                CheckScoring.Score(spec, outcome, transcript.Entries, _server.Output()),
                ended is not null,
                ended,
                first,
                signature
            );
        }

        public async Task StopAsync()
        {
            if (_server is not null)
                await _server.DisposeAsync();
            _server = null;
            _checksOnServer = 0;
        }

        // A server that ended after a check it passed: its death belongs to the longevity check; the next check gets a
        // fresh one.
        private async Task NoteDeathSinceLastCheckAsync(CheckSpec spec)
        {
            if (_server?.UnderTest is not { Program.IsRunning: false } dead)
                return;
            _deathBetweenChecks ??= $"{await dead.HowItEndedAsync()} (it ended before the check {spec.FullId})";
            await StopAsync();
        }

        public ValueTask DisposeAsync() => _server?.DisposeAsync() ?? ValueTask.CompletedTask;
    }
}
