using Docker.DotNet;
using Docker.DotNet.Handler.Abstractions;
using DotNet.Testcontainers.Configurations;

namespace Grader.Sandboxes.Containers;

/// <summary>
/// The Docker engine the container sandbox talks to: the one <c>DOCKER_HOST</c> names (a remote engine, say
/// <c>tcp://grading-server:2376</c>), else the one Testcontainers finds (Docker contexts, Docker Desktop), else the
/// local socket. Touch it before any other Testcontainers type: it turns off Testcontainers' resource reaper,
/// whose image would have to come from a registry.
/// </summary>
internal static class DockerEngine
{
    private static readonly TimeSpan PingTimeLimit = TimeSpan.FromSeconds(5);

    // The API version Testcontainers 4.16 speaks. Older engines (Debian 12's docker.io 20.10 speaks 1.41) refuse it, so
    // the grader asks the engine for its version and speaks the lower of the two.
    private static readonly Version TestcontainersApi = new(1, 44);

    private static readonly Lazy<Task<IDockerEndpointAuthenticationConfiguration>> Negotiated = new(NegotiateAsync);

    static DockerEngine()
    {
        // Ryuk (the reaper) is pulled from a registry, which graders often cannot reach; the grader removes its own
        // containers.
        Environment.SetEnvironmentVariable("TESTCONTAINERS_RYUK_DISABLED", "true");
    }

    /// <summary>Makes sure the settings above are in place before Testcontainers reads its configuration.</summary>
    public static void Prepare()
    {
        // The static constructor does the work.
    }

    /// <summary>The engine, as Testcontainers' builders take it, speaking an API version it accepts.</summary>
    /// <exception cref="SandboxUnavailableException">No engine answers.</exception>
    public static async Task<IDockerEndpointAuthenticationConfiguration> ConnectAsync(
        CancellationToken cancellationToken
    ) => await Negotiated.Value.WaitAsync(cancellationToken);

    /// <summary>The engine's address, such as <c>unix:///var/run/docker.sock</c> or
    /// <c>tcp://grading-server:2376</c>.</summary>
    public static Uri Endpoint => Configured.Endpoint;

    /// <summary>Whether the engine runs on this machine, so this machine's folders can be bind-mounted into
    /// containers.</summary>
    public static bool IsLocal => Endpoint.Scheme is "unix" or "npipe";

    /// <summary>A client for the engine; the caller disposes it.</summary>
    /// <exception cref="SandboxUnavailableException">No engine answers.</exception>
    public static async Task<IDockerClient> CreateClientAsync(CancellationToken cancellationToken) =>
        (await ConnectAsync(cancellationToken)).GetDockerClientBuilder(Guid.NewGuid()).Build();

    /// <summary>Whether the engine answers, and if not, why, in words for the user.</summary>
    public static async Task<(bool Available, string Reason)> ProbeAsync(CancellationToken cancellationToken)
    {
        try
        {
            await ConnectAsync(cancellationToken);
            return (true, "");
        }
        catch (SandboxUnavailableException e)
        {
            return (false, e.Message);
        }
    }

    private static IDockerEndpointAuthenticationConfiguration Configured
    {
        get
        {
            Prepare();
            if (Environment.GetEnvironmentVariable("DOCKER_HOST") is not { Length: > 0 } host)
            {
                // Testcontainers' discovery (contexts, Docker Desktop, rootless) answers only engines that speak its
                // API version.
                IDockerEndpointAuthenticationConfiguration? found = null;
                try
                {
                    found = TestcontainersSettings.OS.DockerEndpointAuthConfig;
                }
                catch (Exception e)
                    when (e is InvalidOperationException or TypeInitializationException or DockerApiException)
                {
                    // Fall back to the platform's default socket below.
                }
                if (found is not null)
                    return found;
                host = OperatingSystem.IsWindows() ? "npipe://./pipe/docker_engine" : "unix:///var/run/docker.sock";
            }
            if (!Uri.TryCreate(host, UriKind.Absolute, out var endpoint))
                throw new SandboxUnavailableException(
                    $"DOCKER_HOST is not an address such as tcp://host:2375 or unix:///var/run/docker.sock: '{host}'"
                );
            // With DOCKER_HOST, Testcontainers' own configuration carries TLS settings (DOCKER_TLS_VERIFY,
            // DOCKER_CERT_PATH) when it found one.
            IDockerEndpointAuthenticationConfiguration? tls = null;
            try
            {
                tls = TestcontainersSettings.OS.DockerEndpointAuthConfig;
            }
            catch (Exception e)
                when (e is InvalidOperationException or TypeInitializationException or DockerApiException)
            {
                // None: plain connection.
            }
            return new Endpointed(
                endpoint,
                tls?.Endpoint == endpoint ? tls.AuthProvider : NoopAuthProvider.Instance,
                TestcontainersApi
            );
        }
    }

    private static async Task<IDockerEndpointAuthenticationConfiguration> NegotiateAsync()
    {
        var configured = Configured;
        using var timeout = new CancellationTokenSource(PingTimeLimit);
        try
        {
            // No version in the path: every engine answers /version, with the newest API it speaks.
            using var client = new DockerClientBuilder()
                .WithEndpoint(configured.Endpoint)
                .WithAuthProvider(configured.AuthProvider)
                .Build();
            var version = await client.System.GetVersionAsync(timeout.Token);
            var engineApi = Version.Parse(version.APIVersion);
            return new Endpointed(
                configured.Endpoint,
                configured.AuthProvider,
                engineApi < TestcontainersApi ? engineApi : TestcontainersApi
            );
        }
        catch (Exception e) when (e is not SandboxUnavailableException)
        {
            var why =
                e is OperationCanceledException
                    ? $"no answer within {PingTimeLimit.TotalSeconds:0} s"
                    : e.GetBaseException().Message;
            throw new SandboxUnavailableException(
                $"no Docker engine answers at {configured.Endpoint} ({why}); start dockerd, or set DOCKER_HOST to a running engine",
                e
            );
        }
    }

    /// <summary>An engine's address and credentials, with the API version to speak.</summary>
    private sealed record Endpointed(Uri Endpoint, IAuthProvider AuthProvider, Version Version)
        : IDockerEndpointAuthenticationConfiguration
    {
        public DockerClientBuilder GetDockerClientBuilder(Guid sessionId) =>
            new DockerClientBuilder().WithEndpoint(Endpoint).WithAuthProvider(AuthProvider).WithApiVersion(Version);
    }
}
