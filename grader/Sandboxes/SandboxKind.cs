using Grader.Grading;
using Grader.Rubric;
using Grader.Sandboxes.Containers;

namespace Grader.Sandboxes;

/// <summary>Which sandbox the user asks for with <c>--sandbox</c>.</summary>
public enum SandboxKind
{
    /// <summary>The strongest this machine offers.</summary>
    Auto,

    /// <summary>No isolation, one launch at a time per transport.</summary>
    Direct,

    /// <summary>Linux network and PID namespaces per launch.</summary>
    Namespace,

    /// <summary>A Docker container per submission, graded inside it (never chosen by <c>auto</c>).</summary>
    Docker,
}

/// <summary>Turns the user's choice into a sandbox, explaining a fallback.</summary>
public static class SandboxChooser
{
    /// <summary>The sandbox for <paramref name="kind"/>, and a notice for the user when <c>auto</c> had to fall back
    /// (naming <paramref name="port"/>, the assignment's, which programs then use on this machine).</summary>
    /// <exception cref="SandboxUnavailableException"><c>namespace</c> was asked for and is unavailable.</exception>
    public static async Task<(ISandbox Sandbox, string? Notice)> ChooseAsync(
        SandboxKind kind,
        int port,
        CancellationToken cancellationToken
    )
    {
        if (kind == SandboxKind.Docker)
            throw new ArgumentException(
                "docker grades whole submissions: use ChooseGraderAsync",
                nameof(kind)
            );
        if (kind == SandboxKind.Direct)
            return (DirectSandbox.ForThisProcess(), null);
        var (available, reason) = await NamespaceSandbox.ProbeAsync(cancellationToken);
        if (available)
            return (new NamespaceSandbox(), null);
        if (kind == SandboxKind.Namespace)
            throw new SandboxUnavailableException(
                $"the namespace sandbox is unavailable: {reason}"
            );
        return (
            DirectSandbox.ForThisProcess(),
            $"namespaces are unavailable ({reason}): programs run directly on this machine's port {port}, one at a time per transport"
        );
    }

    /// <summary>
    /// The grader of whole submissions for <paramref name="kind"/>: one container per submission for <c>docker</c>
    /// (on <paramref name="container"/>'s image), otherwise this process grading in the chosen sandbox, its builds
    /// reading <paramref name="sharedPaths"/>; and a notice for a fallback.
    /// </summary>
    /// <exception cref="SandboxUnavailableException">The sandbox asked for is unavailable.</exception>
    public static async Task<(ISubmissionGrader Grader, string? Notice)> ChooseGraderAsync(
        SandboxKind kind,
        Assignment assignment,
        ContainerSettings container,
        IReadOnlyList<string> sharedPaths,
        CancellationToken cancellationToken
    )
    {
        if (kind == SandboxKind.Docker)
            return (
                await ContainerGrader.CreateAsync(assignment, container, cancellationToken),
                null
            );
        var (sandbox, notice) = await ChooseAsync(kind, assignment.Port, cancellationToken);
        return (new SubmissionGrader(assignment, sandbox) { SharedPaths = sharedPaths }, notice);
    }
}
