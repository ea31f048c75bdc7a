using Grader.Rubric;
using Grader.Sandboxes;

namespace Grader.Probes;

/// <summary>
/// What hears a client besides its lab's probes, where its sandbox network leads every address to loopback (<see
/// cref="ISandboxNetwork.CatchEveryAddressAsync"/>): a <see cref="NameServerProbe"/> for the names it looks up and a
/// <see cref="DestinationWatch"/> for every datagram and connection that reaches no probe. Where the network is not
/// rerouted, nothing is started, and what they would have heard is empty.
/// </summary>
public sealed class ClientWatchers : IAsyncDisposable
{
    private readonly NameServerProbe? _names;
    private readonly DestinationWatch? _destinations;
    private IReadOnlyList<StrayDestination>? _strays;

    private ClientWatchers(NameServerProbe? names, DestinationWatch? destinations)
    {
        _names = names;
        _destinations = destinations;
    }

    /// <summary>
    /// Starts both where <paramref name="everyAddress"/> (the network leads every address to loopback), the watch
    /// leaving out the ports the lab's probes serve (<paramref name="served"/>) and the name server's; call it before the
    /// client starts. With <paramref name="answerEveryName"/>, every name a client looks up is answered with loopback,
    /// for the reason the transcript gives (<paramref name="why"/>).
    /// </summary>
    public static async Task<ClientWatchers> StartAsync(
        ISandboxNetwork network,
        bool everyAddress,
        IEnumerable<(Transport Transport, int Port)> served,
        Transcript transcript,
        bool answerEveryName,
        string why = "as the assignment accepts other hosts"
    )
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(transcript);
        // The run's packets, captured where the sandbox captures, go with its transcript.
        await transcript.CaptureAsync(network);
        if (!everyAddress)
            return new ClientWatchers(null, null);
        var names = await NameServerProbe.StartAsync(network, transcript, answerEveryName, why);
        var destinations = await DestinationWatch.StartAsync(
            network,
            [.. served, (Transport.Udp, NameServerProbe.Port), (Transport.Tcp, NameServerProbe.Port)],
            transcript
        );
        return new ClientWatchers(names, destinations);
    }

    /// <summary>The names the client looked up, localhost included.</summary>
    public IReadOnlyList<string> NamesLookedUp => _names?.Names ?? [];

    /// <summary>Whether every address and port the client may have sent to was watched.</summary>
    public bool EveryPortHeard => _destinations is not null;

    /// <summary>Stops watching once every packet delivered so far is read, and returns where the client's datagrams and
    /// connections went that no probe serves; empty where nothing was watched.</summary>
    public async Task<IReadOnlyList<StrayDestination>> StopAsync() =>
        _strays ??= _destinations is null ? [] : await _destinations.StopAsync();

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_destinations is not null)
            await _destinations.DisposeAsync();
        _names?.Dispose();
    }
}
