using Grader.Rubric;

namespace Grader.Checks;

/// <summary>A check of a server role: it talks to the running server through probes.</summary>
public interface IServerCheck
{
    /// <summary>The name assignment files use for it, such as <c>uppercase</c>.</summary>
    string Kind { get; }

    /// <summary>
    /// Whether the check judges the server's whole life (that it still serves after everything before): it runs on the
    /// process that served the earlier checks, and a death between earlier checks is its failure.
    /// </summary>
    bool JudgesLongevity => false;

    /// <summary>The settings an assignment may give it besides the keys every check has; none unless it declares
    /// some.</summary>
    IReadOnlyList<CheckSetting> Settings => [];

    /// <summary>Whether it makes sense for <paramref name="role"/>.</summary>
    bool AppliesTo(Role role);

    /// <summary>Runs the check against <paramref name="server"/>, as <paramref name="spec"/> configures it.</summary>
    Task<CheckOutcome> RunAsync(CheckSpec spec, ServerUnderTest server, CancellationToken cancellationToken);
}
