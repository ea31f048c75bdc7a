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

    /// <summary>Only .NET's cross-platform APIs, on this machine's loopback, judged on wall time: what <c>auto</c> picks on
    /// macOS and Windows, where its verdicts are a self-check.</summary>
    Portable,

    /// <summary>A Docker container per submission, graded inside it (never chosen by <c>auto</c>).</summary>
    Docker,
}
