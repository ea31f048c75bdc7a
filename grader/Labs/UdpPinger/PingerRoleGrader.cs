using Grader.Checks.Clients;
using Grader.Labs.UdpPinger.Checks;
using Grader.Labs.UdpPinger.Judges;
using Grader.Labs.UdpPinger.Probe;
using Grader.Launching;
using Grader.Probes;
using Grader.Results;
using Grader.Rubric;
using Grader.Sandboxes;
using Grader.Sessions;

namespace Grader.Labs.UdpPinger;

/// <summary>
/// Grades the ping client: runs it once, in a sandbox network of its own, against a probe server that plays the
/// rubric's seeded <see cref="PingPlan"/>; judges the run (<see cref="PingJudge"/>) and scores each check of the role
/// on it. A client that waits for the reply to a dropped ping longer than the rubric's <c>give-up</c> (in its own
/// time) is stopped there. A client that sends no ping to the server (none at all, or to another port, host or
/// transport, which the sandbox's watch names where it can) fails the first check with the reason; the others are
/// skipped.
/// </summary>
internal sealed class PingerRoleGrader(Assignment assignment, ISandbox sandbox) : IRoleGrader
{
    /// <inheritdoc />
    public async Task<IReadOnlyList<CheckResult>> GradeAsync(
        RoleSpec role,
        ProgramCommand command,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(role);
        var plan = PingPlan.FromSeed(role.Checks.FirstGiven(PingRunSettings.Seed));
        var tolerances = PingTolerances.Default with { Timeout = role.Checks.FirstGiven(PingRunSettings.Timeout) };
        var giveUp = role.Checks.FirstGiven(PingRunSettings.GiveUp);
        var transcript = new Transcript();
        var (pingRun, exit, reached) = await RunAsync(role, command, plan, giveUp, transcript, cancellationToken);
        var run = new PingerRun(pingRun, PingJudge.Judge(pingRun, tolerances), exit, tolerances);

        // No ping reached the server as the handout's client sends them (none at all, or to another host, port or
        // transport): lab 1's diagnosis of a client that never reached its server says why.
        var fatal = reached.FatalProblem ?? run.Verdict.MessageFor(PingFault.NoPings);
        return ClientCheckScoring.ScoreInOrder(
            role.Checks.Select(spec => new PendingCheck(
                spec,
                () => Check(spec).Judge(spec, run),
                transcript.Entries,
                exit
            )),
            fatal is null ? null : new ClientBlocker(fatal, reached.FatalSummary ?? "the client sent no ping")
        );
    }

    private async Task<(PingRun Run, ProgramExit Exit, ClientRun Reached)> RunAsync(
        RoleSpec role,
        ProgramCommand command,
        PingPlan plan,
        TimeSpan giveUp,
        Transcript transcript,
        CancellationToken cancellationToken
    )
    {
        using var network = await sandbox.OpenNetworkAsync(Transport.Udp, cancellationToken);
        // Where the sandbox can, every address reaches the probes, and every datagram or connection that reaches none
        // is recorded: a client that pings another host, port or transport is told where its pings went.
        var everyAddress = await network.CatchEveryAddressAsync(cancellationToken);
        await using var watchers = await ClientWatchers.StartAsync(
            network,
            everyAddress,
            [(Transport.Udp, assignment.Port)],
            transcript,
            role.AcceptsOtherHosts
        );
        transcript.Note($"the probe server plays the plan of {plan.Describe()}");
        await using var server = await PingProbeServer.StartAsync(
            network,
            assignment.Port,
            everyAddress,
            plan,
            transcript,
            cancellationToken
        );
        var limits = assignment.Limits.ForLaunch(assignment.Timeouts.ClientRun);
        await using var program = await ClientLaunch.StartAsync(network, command, limits, null, cancellationToken);
        server.Watch(program.Clock.StartNew());
        var exitedAt = await WatchAsync(program, server, giveUp, assignment.Hangs, transcript, cancellationToken);
        var exit = await program.Exited;
        var pings = await server.StopAsync();
        var strays = await watchers.StopAsync();
        var reached = new ClientRun(
            new ClientScenario(ProbeBehaviour.Normal, TimeSpan.Zero, limits.WallTime)
            {
                AcceptsOtherHosts = role.AcceptsOtherHosts,
            },
            Transport.Udp,
            "",
            "",
            pings.Count > 0,
            pings.Count > 0 ? pings[0].Datagram : null,
            pings.Count,
            false,
            exit,
            transcript.Entries
        )
        {
            Port = assignment.Port,
            Destination = pings.Count > 0 ? pings[0].Destination : null,
            NamesLookedUp = watchers.NamesLookedUp,
            Strays = strays,
            EveryPortHeard = watchers.EveryPortHeard,
            Sends = "pings",
        };
        return (new PingRun(plan, pings, exit.StandardOutput, exit.ExitedByItself ? exitedAt : null), exit, reached);
    }

    // Waits for the client to end; stops it once it has waited give-up (in its own time) for the reply to a dropped
    // ping, or as soon as the kernel shows it waiting forever with the probe owing it nothing (it would wait give-up
    // out as well), then or before any ping has reached the probe (a client that pings another port and waits for a
    // reply with no timeout would wait out its whole time limit). Returns when it ended, on the server's clock.
    private static async Task<TimeSpan> WatchAsync(
        RunningProgram program,
        PingProbeServer server,
        TimeSpan giveUp,
        HangWatch hangs,
        Transcript transcript,
        CancellationToken cancellationToken
    )
    {
        while (program.IsRunning)
        {
            var arrival = server.NextArrival;
            var (count, lastDropped) = server.State;
            using var stalled = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var stall = lastDropped ? program.Clock.DelayAsync(giveUp, stalled.Token) : Never;
            var stuck =
                lastDropped || count == 0
                    ? program.StuckAsync(hangs, () => server.State.Count == count && server.OwesNothing, stalled.Token)
                    : new TaskCompletionSource<StuckProgram>().Task;
            var first = await Task.WhenAny(program.Exited, arrival, stall, stuck);
            await stalled.CancelAsync();
            var hang = first == stuck ? stuck.Result.Description : null;
            if (
                (hang is not null || first == stall && stall.IsCompletedSuccessfully)
                && server.State.Count == count
                && program.IsRunning
            )
            {
                var waited = PingJudge.Seconds(giveUp);
                transcript.Note(
                    hang is null
                        ? $"the client has waited {waited} for the reply to ping {count}, which the probe dropped: the grader stops it"
                    : count == 0
                        ? $"the kernel shows the client {hang}, and no ping has reached the probe: it would wait forever, so the grader stops it"
                    : $"the kernel shows the client {hang}, waiting for the reply to ping {count}, which the probe dropped: it would wait forever, so the grader stops it"
                );
                await program.KillAsync(
                    hang is null
                        ? $"stopped by the grader: it waited {waited} for the reply to ping {count}, which the server dropped"
                    : count == 0 ? $"stopped by the grader: it {hang}, and no ping had reached the server"
                    : $"stopped by the grader: it {hang}, waiting for the reply to ping {count}, which the server dropped"
                );
            }
            else if (first == stall)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }
        }
        await program.Exited;
        return server.Now;
    }

    private static readonly Task Never = new TaskCompletionSource().Task;

    private static IPingerCheck Check(CheckSpec spec) =>
        PingerChecks.ClientCheck(spec.Role, spec.Kind)
        ?? throw new InvalidOperationException($"no pinger check '{spec.Kind}' (the loader checked the kinds)");
}
