namespace Grader.Sandboxes;

/// <summary>Which sandbox the user asks for with <c>--sandbox</c>.</summary>
public enum SandboxKind
{
    /// <summary>The strongest this machine offers.</summary>
    Auto,

    /// <summary>No isolation, one launch at a time.</summary>
    Direct,

    /// <summary>Linux network and PID namespaces per launch.</summary>
    Namespace,
}

/// <summary>Turns the user's choice into a sandbox, explaining a fallback.</summary>
public static class SandboxChooser
{
    /// <summary>The sandbox for <paramref name="kind"/>, and a notice for the user when <c>auto</c> had to fall back.</summary>
    /// <exception cref="SandboxUnavailableException"><c>namespace</c> was asked for and is unavailable.</exception>
    public static async Task<(ISandbox Sandbox, string? Notice)> ChooseAsync(SandboxKind kind, CancellationToken cancellationToken)
    {
        if (kind == SandboxKind.Direct) return (new DirectSandbox(), null);
        var (available, reason) = await NamespaceSandbox.ProbeAsync(cancellationToken);
        if (available) return (new NamespaceSandbox(), null);
        if (kind == SandboxKind.Namespace) throw new SandboxUnavailableException($"the namespace sandbox is unavailable: {reason}");
        return (new DirectSandbox(), $"namespaces are unavailable ({reason}): programs run directly on this machine's port {12000}, one at a time");
    }
}
