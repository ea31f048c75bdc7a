using System.Runtime.InteropServices;

namespace Reference.Terminal;

/// <summary>
/// Turns Ctrl+C (SIGINT) and SIGTERM into a cancelled token, so that a server stops cleanly and exits 0.
/// Registered before the role starts, so a signal that arrives right after the ready line is never missed.
/// </summary>
public sealed class ShutdownSignal : IDisposable
{
    private readonly CancellationTokenSource requested = new();
    private readonly PosixSignalRegistration interrupt;
    private readonly PosixSignalRegistration terminate;

    /// <summary>Starts listening for SIGINT and SIGTERM.</summary>
    public ShutdownSignal()
    {
        interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal);
        terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal);
    }

    /// <summary>Cancelled by the first SIGINT or SIGTERM.</summary>
    public CancellationToken Token => requested.Token;

    /// <inheritdoc />
    public void Dispose()
    {
        interrupt.Dispose();
        terminate.Dispose();
        requested.Dispose();
    }

    private void OnSignal(PosixSignalContext context)
    {
        // The first signal asks for a clean stop; a second one, if the first went unheeded, ends the process the
        // default way.
        context.Cancel = !requested.IsCancellationRequested;
        requested.Cancel();
    }
}
