using Grader.Rubric;

namespace Grader.Sandboxes;

/// <summary>
/// Where student programs run. Each launch opens its own <see cref="ISandboxNetwork"/>, in which the program
/// runs and the grader's probes reach it on the lab's fixed port.
/// </summary>
public interface ISandbox
{
    /// <summary>The name users choose it by, such as <c>namespace</c>.</summary>
    string Name { get; }

    /// <summary>One sentence for reports: what isolates programs that use <paramref name="port"/>, the
    /// assignment's.</summary>
    string Describe(int port);

    /// <summary>
    /// Opens the network for one launch whose program serves or is served on <paramref name="transport"/> (null for one
    /// that uses no port, a build); may wait while the sandbox allows only one launch at a time on a transport.
    /// </summary>
    Task<ISandboxNetwork> OpenNetworkAsync(Transport? transport, CancellationToken cancellationToken);
}
