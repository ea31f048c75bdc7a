namespace Grader.Sandboxes.Containers;

/// <summary>How the grader's files and the submission reach the container.</summary>
public enum FileDelivery
{
    /// <summary>Bind mounts for an engine on this machine, copies for a remote one.</summary>
    Auto,

    /// <summary>Read-only bind mounts of this machine's folders: instant, but only for an engine on this
    /// machine.</summary>
    Mount,

    /// <summary>Copies sent through the engine's API before the container starts: works with any engine.</summary>
    Copy,
}
