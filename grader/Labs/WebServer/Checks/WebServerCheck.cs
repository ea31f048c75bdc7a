using Grader.Checks;
using Grader.Labs.WebServer.Judges;
using Grader.Rubric;

namespace Grader.Labs.WebServer.Checks;

/// <summary>A check of the web server role: what every one of them shares.</summary>
public abstract class WebServerCheck : IServerCheck
{
    /// <summary>The faults of a reply's headers, which only <see cref="HeadersCheck"/> judges.</summary>
    public static readonly IReadOnlySet<HttpFault> HeaderFaults = new HashSet<HttpFault>
    {
        HttpFault.MissingContentLength,
        HttpFault.WrongContentLength,
        HttpFault.ShortOfLength,
        HttpFault.MissingContentType,
        HttpFault.WrongContentType,
        HttpFault.HeaderEndBareLf,
        HttpFault.MalformedHeader,
    };

    /// <inheritdoc />
    public abstract string Kind { get; }

    /// <inheritdoc />
    public virtual bool JudgesLongevity => false;

    /// <inheritdoc />
    public virtual IReadOnlyList<CheckSetting> Settings => [];

    /// <inheritdoc />
    public bool AppliesTo(Role role) => role.IsServer && role.Transport == Transport.Tcp;

    /// <inheritdoc />
    public abstract Task<CheckOutcome> RunAsync(
        CheckSpec spec,
        ServerUnderTest server,
        CancellationToken cancellationToken
    );

    /// <summary>A <c>GET</c> of <paramref name="name"/> in the server's folder, with the <c>Host</c> a browser
    /// sends.</summary>
    protected static RawRequest Get(ServerUnderTest server, string name) =>
        RawRequest.Get("/" + name, $"localhost:{server.Port}");

    /// <summary>What the handout's server must get right in every reply.</summary>
    protected static bool Required(HttpFault fault) => WebServerHandout.Requires(fault);
}
