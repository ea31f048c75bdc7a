using System.Net.Sockets;
using Grader.Launching;

namespace Grader.Sandboxes;

/// <summary>
/// No isolation: programs run on this machine's own port 12000, one launch at a time across the whole grader.
/// The fallback where namespaces are unavailable.
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

        public Task<Socket> CreateSocketAsync(AddressFamily family, SocketType type, ProtocolType protocol) =>
            Task.FromResult(new Socket(family, type, protocol));

        public bool SeesOnlyTheProgram => false;

        public ProgramCommand Confine(ProgramCommand command) => HostTools.DieWithGrader(command);

        public SocketTable? ReadSocketTable() =>
            OperatingSystem.IsLinux() ? SocketTable.Read(name => File.Exists($"/proc/net/{name}") ? File.ReadAllText($"/proc/net/{name}") : "") : null;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0) OneLaunchAtATime.Release();
        }
    }
}
