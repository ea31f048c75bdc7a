namespace Grader.Sandboxes;

/// <summary>The chosen sandbox cannot run on this machine (a grader problem, not the submission's: exit code
/// 3).</summary>
public sealed class SandboxUnavailableException(string message) : Exception(message);
