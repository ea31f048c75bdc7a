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
