using System.Net.Sockets;
using Grader.Launching;

namespace Grader.Sandboxes;

/// <summary>
/// No isolation: programs run on this machine's own port 12000, one launch at a time across the whole grader, as the
/// grader's user. Each still runs in a fresh copy of its folders and within the kernel's limits on CPU time, memory
/// and file size. The fallback where namespaces are unavailable.
/// </summary>
public sealed class DirectSandbox : ISandbox
{
    private static readonly SemaphoreSlim OneLaunchAtATime = new(1, 1);

    /// <inheritdoc />
    public string Name => "direct";

    /// <inheritdoc />
    public string Description => "no isolation: programs use this machine's port 12000, one launch at a time";

    /// <inheritdoc />
    public async Task<ISandboxNetwork> OpenNetworkAsync(CancellationToken cancellationToken)
    {
        await OneLaunchAtATime.WaitAsync(cancellationToken);
        return new Network();
    }

    private sealed class Network : ISandboxNetwork
    {
        private int _disposed;
        private DirectoryInfo? _scratch;

        public Task<Socket> CreateSocketAsync(AddressFamily family, SocketType type, ProtocolType protocol) =>
            Task.FromResult(new Socket(family, type, protocol));

        public bool SeesOnlyTheProgram => false;

        public Task<ProgramCommand> ConfineAsync(ProgramCommand command, LaunchLimits limits, CancellationToken cancellationToken)
        {
            var confined = InScratchCopy(command);
            // The kernel counts processes per user, and here the user is the grader's: the grader counts them instead.
            return Task.FromResult(HostTools.DieWithGrader(HostTools.Limit(confined, limits, limitProcesses: false)));
        }

        // Copies the program's folders and points every path of the command at the copies.
        private ProgramCommand InScratchCopy(ProgramCommand command)
        {
            if (command.Folders.Count == 0) return command;
            _scratch ??= Directory.CreateTempSubdirectory("grader-launch-");
            var moves = command.Folders.Select(Path.GetFullPath).Select((folder, i) => (From: folder, To: Path.Combine(_scratch.FullName, i.ToString(System.Globalization.CultureInfo.InvariantCulture))))
                .OrderByDescending(m => m.From.Length) // a folder inside another is rewritten first
                .ToList();
            foreach (var (from, to) in moves) ScratchCopy.Copy(from, to);
            string Moved(string text)
            {
                foreach (var (from, to) in moves)
                {
                    if (text == from) return to;
                    text = text.Replace(from + "/", to + "/", StringComparison.Ordinal);
                }
                return text;
            }
            return command with
            {
                FileName = Moved(command.FileName),
                Arguments = command.Arguments.Select(Moved).ToList(),
                WorkingDirectory = Moved(Path.GetFullPath(command.WorkingDirectory)),
                Environment = command.Environment?.ToDictionary(v => v.Key, v => v.Value is null ? null : Moved(v.Value)),
            };
        }

        public SocketTable? ReadSocketTable() =>
            OperatingSystem.IsLinux() ? SocketTable.Read(name => File.Exists($"/proc/net/{name}") ? File.ReadAllText($"/proc/net/{name}") : "") : null;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) != 0) return;
            try
            {
                _scratch?.Delete(recursive: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // A file the program made read-only, or a folder it took away: the system's temporary folder is cleaned anyway.
            }
            OneLaunchAtATime.Release();
        }
    }
}
