namespace Grader.Rubric;

/// <summary>Which side of the wire a role is on.</summary>
public enum RoleKind
{
    /// <summary>A server: the grader's probes are its clients.</summary>
    Server,

    /// <summary>A client: the grader's probe server serves it.</summary>
    Client,
}
