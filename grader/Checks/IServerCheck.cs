using Grader.Rubric;

namespace Grader.Checks;

/// <summary>A check of a server role: it talks to the running server through probes.</summary>
public interface IServerCheck : ICheckKind
{
    /// <summary>
    /// Whether the check judges the server's whole life (that it still serves after everything before): it runs on the
    /// process that served the earlier checks, and a death between earlier checks is its failure.
    /// </summary>
    bool JudgesLongevity => false;

    /// <summary>Runs the check against <paramref name="server"/>, as <paramref name="spec"/> configures it.</summary>
    Task<CheckOutcome> RunAsync(CheckSpec spec, ServerUnderTest server, CancellationToken cancellationToken);
}
