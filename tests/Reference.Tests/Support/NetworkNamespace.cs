namespace Reference.Tests.Support;

/// <summary>
/// A Linux network namespace of the test's own, with its loopback up: programs that hard-code port 12000 can run in
/// parallel tests without meeting. Deleted on dispose; dispose the programs running in it first.
/// </summary>
public sealed class NetworkNamespace : IAsyncDisposable
{
    private const string Prefix = "reftest-";
    private static int created;
    private static bool staleRemoved;

    // `ip netns` mounts /run/netns on first use; two first uses at once can trip over each other.
    private static readonly SemaphoreSlim IpNetns = new(1, 1);

    private NetworkNamespace(string name) => Name = name;

    /// <summary>The namespace's name, unique to this test run.</summary>
    public string Name { get; }

    /// <summary>Creates a fresh namespace with its loopback interface up.</summary>
    public static async Task<NetworkNamespace> CreateAsync(CancellationToken cancellationToken)
    {
        var name = $"{Prefix}{Environment.ProcessId}-{Interlocked.Increment(ref created)}";
        await IpNetns.WaitAsync(cancellationToken);
        try
        {
            if (!staleRemoved)
            {
                await RemoveStaleAsync(cancellationToken);
                staleRemoved = true;
            }

            await ShortCommand.RunCheckedAsync(Launch.Of("ip", "netns", "add", name), cancellationToken);
        }
        finally
        {
            IpNetns.Release();
        }

        var space = new NetworkNamespace(name);
        try
        {
            await ShortCommand.RunCheckedAsync(
                space.Run(Launch.Of("ip", "link", "set", "lo", "up")),
                cancellationToken
            );
            return space;
        }
        catch
        {
            await space.DisposeAsync();
            throw;
        }
    }

    /// <summary>The same launch, run inside this namespace (<c>ip netns exec</c> execs it: same process id).</summary>
    public Launch Run(Launch launch) => launch.Through("ip", "netns", "exec", Name);

    /// <summary>Removes the namespaces left behind by a test run that was killed before it could clean up.</summary>
    private static async Task RemoveStaleAsync(CancellationToken cancellationToken)
    {
        var listing = await ShortCommand.RunCheckedAsync(Launch.Of("ip", "netns", "list"), cancellationToken);
        foreach (var line in listing.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var name = line.Split(' ')[0];
            var owner = name.StartsWith(Prefix, StringComparison.Ordinal) ? name[Prefix.Length..].Split('-')[0] : "";
            if (int.TryParse(owner, out var pid) && !Directory.Exists($"/proc/{pid}"))
            {
                await ShortCommand.RunAsync(Launch.Of("ip", "netns", "delete", name), cancellationToken);
            }
        }
    }

    /// <summary>Deletes the namespace.</summary>
    public async ValueTask DisposeAsync()
    {
        await IpNetns.WaitAsync();
        try
        {
            await ShortCommand.RunCheckedAsync(Launch.Of("ip", "netns", "delete", Name), CancellationToken.None);
        }
        finally
        {
            IpNetns.Release();
        }
    }
}
