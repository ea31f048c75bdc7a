using System.Net.Sockets;
using Grader.Launching;
using Grader.Rubric;

namespace Grader.Sandboxes;

/// <summary>
/// The sandbox of macOS and Windows (and of Linux when asked for): only .NET's own cross-platform APIs. Programs run on
/// this machine's loopback and the lab's port, one launch at a time per transport, as the grader's user, each in a fresh
/// copy of its folders, within the limits the grader itself watches (processes, memory, scratch files, output, wall
/// time); a server is ready once the platform's socket table shows its port served; every deadline counts wall time and
/// only deadlines end a wait (no kernel is asked what a program waits in). Its verdicts are a student's self-check,
/// not the instructor's grade.
/// </summary>
public sealed class PortableSandbox : ISandbox
{
    /// <summary>What a report says of verdicts graded here.</summary>
    public const string SelfCheck =
        "the portable sandbox ran these programs: its verdicts are a self-check, not the instructor's grade (deadlines count wall time on a machine that may be busy, and nothing isolates the programs)";

    /// <inheritdoc />
    public string Name => "portable";

    /// <inheritdoc />
    public string Describe(int port) =>
        $"no isolation: programs use this machine's loopback and port {port}, one launch at a time per transport, judged on wall time; a self-check, not the instructor's grade";

    /// <inheritdoc />
    public async Task<ISandboxNetwork> OpenNetworkAsync(Transport? transport, CancellationToken cancellationToken)
    {
        var turn = HostPortTurns.Of(transport);
        if (turn is not null)
            await turn.WaitAsync(cancellationToken);
        return new Network(turn);
    }

    private sealed class Network(SemaphoreSlim? turn) : ISandboxNetwork
    {
        private int _disposed;
        private DirectoryInfo? _scratch;

        public Task<Socket> CreateSocketAsync(AddressFamily family, SocketType type, ProtocolType protocol) =>
            Task.FromResult(new Socket(family, type, protocol));

        public bool SeesOnlyTheProgram => false;

        public string? WhyPortIsPrivileged(int port)
        {
            // macOS (since 10.14) and Windows reserve no ports; Linux reserves those below its first unprivileged one.
            if (!OperatingSystem.IsLinux())
                return null;
            var first = PrivilegedPorts.FirstUnprivileged();
            return port >= first || Environment.IsPrivilegedProcess
                ? null
                : $"the portable sandbox runs each program as your user ({Environment.UserName}) on this machine's network, where a port below {first} takes root";
        }

        public Task<ProgramCommand> ConfineAsync(
            ProgramCommand command,
            LaunchLimits limits,
            CancellationToken cancellationToken
        ) =>
            Task.FromResult(
                ScratchLaunch.Into(command, Scratch, owned: null) with
                {
                    WatchedScratch = Scratch().FullName,
                    OnWallTime = true,
                }
            );

        private DirectoryInfo Scratch() => _scratch ??= Directory.CreateTempSubdirectory("grader-launch-");

        // Only what every platform shows: no queues, so every check that would read them waits out its deadline.
        public SocketTable? ReadSocketTable() => null;

        public SocketTable? ReadSocketStates() => PortableSocketTable.Read();

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) != 0)
                return;
            try
            {
                _scratch?.Delete(recursive: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // A file the program made read-only, or still holds open (Windows): the system's temporary folder is
                // cleaned anyway.
            }
            turn?.Release();
        }
    }
}
