using Grader.Checks;
using Grader.Checks.Servers;
using Grader.Launching;
using Grader.Probes;
using Grader.Results;
using Grader.Rubric;
using Grader.Sandboxes;

namespace Grader.Grading;

/// <summary>
/// Grades a server role: starts the student's server in a sandbox network of its own, waits until it serves,
/// and runs the role's checks against it in order, one server process for all of them. A fault that makes the
/// rest meaningless (it never started, it died) is reported once; the checks after it are skipped because of it.
/// </summary>
internal sealed class ServerRoleGrader(Assignment assignment, ISandbox sandbox)
{
    /// <summary>Runs every check of <paramref name="role"/> against the program <paramref name="command"/> starts.</summary>
    public async Task<IReadOnlyList<CheckResult>> GradeAsync(RoleSpec role, ProgramCommand command, CancellationToken cancellationToken)
    {
        var results = new List<CheckResult>();
        Server? server = null;
        Blocker? blocker = null;
        try
        {
            foreach (var spec in role.Checks)
            {
                if (spec.Fresh && server is not null)
                {
                    await server.DisposeAsync();
                    server = null;
                    if (blocker is { ClearedByFreshServer: true }) blocker = null;
                }
                if ((blocker?.Reason ?? CheckResult.UnmetNeed(spec, results)) is { } skip)
                {
                    results.Add(CheckResult.From(spec, CheckOutcome.Skip(skip), [], null));
                    continue;
                }
                var transcript = new Transcript();
                server ??= await StartAsync(role.Role, command, transcript, cancellationToken);
                if (server.StartProblem is { } problem)
                {
                    results.Add(CheckResult.From(spec, CheckOutcome.Fail(problem), transcript.Entries, server.Output()));
                    blocker = new Blocker($"skipped: the server never started serving (see {spec.FullId})", ClearedByFreshServer: false);
                    continue;
                }
                var underTest = server.UnderTest!;
                underTest.Transcript = transcript;
                var outcome = underTest.Program.IsRunning
                    ? await CatalogCheck(spec).RunAsync(spec, underTest, cancellationToken)
                    : CheckOutcome.Fail((await underTest.HowItEndedAsync())!);
                results.Add(CheckResult.From(spec, outcome, transcript.Entries, server.Output()));
                if (outcome.Status != CheckStatus.Passed && !underTest.Program.IsRunning)
                    blocker = new Blocker($"skipped: the server is no longer running (see {spec.FullId})", ClearedByFreshServer: true);
                else if (outcome.BlocksLaterChecks)
                    blocker = new Blocker($"skipped: the server does not answer (see {spec.FullId})", ClearedByFreshServer: false);
            }
        }
        finally
        {
            if (server is not null) await server.DisposeAsync();
        }
        return results;
    }

    /// <summary>Why the role's next checks are skipped, and whether a new server process lifts that.</summary>
    private sealed record Blocker(string Reason, bool ClearedByFreshServer);

    private static IServerCheck CatalogCheck(CheckSpec spec) =>
        CheckCatalog.ServerCheck(spec.Role, spec.Kind) ?? throw new InvalidOperationException($"no server check '{spec.Kind}' for {spec.Role.Name()}");

    private async Task<Server> StartAsync(Role role, ProgramCommand command, Transcript transcript, CancellationToken cancellationToken)
    {
        var network = await sandbox.OpenNetworkAsync(cancellationToken);
        RunningProgram program;
        try
        {
            program = await ProgramLauncher.StartAsync(network.Confine(command), null, new LaunchLimits(assignment.Limits.WallTime, assignment.Limits.OutputBytes));
        }
        catch
        {
            network.Dispose();
            throw;
        }
        transcript.Note($"started {command}");
        var problem = await ServerReadiness.WaitAsync(network, program, role.Transport(), assignment.Port, assignment.Timeouts.ServerStart, cancellationToken);
        transcript.Note(problem ?? $"port {assignment.Port} is {(role.Transport() == Transport.Tcp ? "listening" : "bound")}");
        return new Server(network, program, problem is null ? new ServerUnderTest(network, program, role.Transport(), assignment) : null, problem);
    }

    /// <summary>One server process, its network and, once it serves, the probes' view of it.</summary>
    private sealed record Server(ISandboxNetwork Network, RunningProgram Program, ServerUnderTest? UnderTest, string? StartProblem) : IAsyncDisposable
    {
        public ProgramOutput Output() => new(Program.StandardOutput, Program.StandardError,
            Program.Exited.IsCompletedSuccessfully ? Program.Exited.Result.ExitCode : null, false);

        public async ValueTask DisposeAsync()
        {
            await Program.DisposeAsync();
            Network.Dispose();
        }
    }
}
