using Grader.Rubric;
using Grader.Sandboxes;
using Grader.Sandboxes.Containers;

namespace Grader.Grading;

/// <summary>
/// The one place that turns the user's <c>--sandbox</c> into the grader of whole submissions that <c>grade</c> and
/// <c>batch</c> both use: this process grading in a sandbox (<c>direct</c>, <c>namespace</c>, <c>portable</c>, or the
/// strongest available for <c>auto</c>: on macOS and Windows the portable one), or one container per submission (<c>docker</c>).
/// </summary>
public static class GraderFactory
{
    /// <summary>What the user is told when captures were asked for in a sandbox that cannot make them.</summary>
    public const string CaptureNeedsNamespaces =
        "no captures: captures need the namespace or docker sandbox (this one runs programs on the machine's own loopback, shared with everything else, which only privileges could capture)";

    /// <summary>
    /// The grader for <paramref name="kind"/>: one container per submission for <c>docker</c> (on
    /// <paramref name="container"/>'s image), otherwise this process grading in the chosen sandbox, its builds reading
    /// <paramref name="sharedPaths"/>; and a notice for the user when <c>auto</c> had to fall back or the portable
    /// sandbox grades (its verdicts are a self-check), or null.
    /// </summary>
    /// <exception cref="SandboxUnavailableException">The sandbox asked for is unavailable.</exception>
    public static async Task<(ISubmissionGrader Grader, string? Notice)> CreateAsync(
        SandboxKind kind,
        Assignment assignment,
        ContainerSettings container,
        IReadOnlyList<string> sharedPaths,
        CancellationToken cancellationToken,
        CaptureSettings? captures = null
    )
    {
        if (kind == SandboxKind.Docker)
            return (await ContainerGrader.CreateAsync(assignment, container, cancellationToken, captures), null);
        var (sandbox, notice) = await ChooseSandboxAsync(kind, assignment.Port, captures, cancellationToken);
        if (captures is not null && !Captures(sandbox))
            notice = string.Join("; ", new[] { notice, CaptureNeedsNamespaces }.OfType<string>());
        // The portable sandbox asks no kernel what a program waits in: only deadlines end a wait there.
        if (sandbox is PortableSandbox)
            assignment = assignment with { Hangs = HangWatch.Deadline };
        return (new SubmissionGrader(assignment, sandbox) { SharedPaths = sharedPaths }, notice);
    }

    // Whether the sandbox captures: the namespace sandbox, and the direct one in a docker sandbox's container.
    private static bool Captures(ISandbox sandbox) =>
        OperatingSystem.IsLinux()
        && (sandbox is NamespaceSandbox { Captures: not null } || sandbox is DirectSandbox { Captures: not null });

    /// <summary>
    /// The sandbox this process grades in for <paramref name="kind"/>, and a notice when <c>auto</c> had to fall back
    /// to running programs directly on this machine's <paramref name="port"/>, or that the portable sandbox's verdicts
    /// are a self-check.
    /// </summary>
    /// <exception cref="SandboxUnavailableException"><c>namespace</c> was asked for and is unavailable, or a Linux
    /// sandbox elsewhere than on Linux.</exception>
    private static async Task<(ISandbox Sandbox, string? Notice)> ChooseSandboxAsync(
        SandboxKind kind,
        int port,
        CaptureSettings? captures,
        CancellationToken cancellationToken
    )
    {
        // Wherever it runs, the portable sandbox's verdicts come with the word that they are a self-check.
        if (kind == SandboxKind.Portable || kind == SandboxKind.Auto && !OperatingSystem.IsLinux())
            return (new PortableSandbox(), PortableSandbox.SelfCheck);
        if (!OperatingSystem.IsLinux())
            throw new SandboxUnavailableException(
                $"the {kind.ToString().ToLowerInvariant()} sandbox runs on Linux only: grade with --sandbox portable (a self-check) here"
            );
        if (kind == SandboxKind.Direct)
            return (
                DirectSandbox.ForThisProcess() is { InContainer: true } && captures is not null
                    ? new DirectSandbox(userPerLaunch: true) { Captures = captures }
                    : DirectSandbox.ForThisProcess(),
                null
            );
        var (available, reason) = await NamespaceSandbox.ProbeAsync(cancellationToken);
        if (available)
            return (new NamespaceSandbox { Captures = captures }, null);
        if (kind == SandboxKind.Namespace)
            throw new SandboxUnavailableException($"the namespace sandbox is unavailable: {reason}");
        return (
            DirectSandbox.ForThisProcess(),
            $"namespaces are unavailable ({reason}): programs run directly on this machine's port {port}, one at a time per transport"
        );
    }
}
