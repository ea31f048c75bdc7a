namespace Grader.Rubric;

/// <summary>
/// One program of a lab, as data: its name in reports, assignment files and manifests (<c>tcp-server</c>), whether the
/// grader probes it as a client (a server) or serves it (a client), and the transport it speaks. A lab defines its roles;
/// two roles are the same when their name, kind and transport are. How its program is found in a submission is <see
/// cref="Files"/>.
/// </summary>
/// <param name="Name">Its name, such as <c>tcp-server</c> or <c>web-server</c>.</param>
/// <param name="Kind">Server or client.</param>
/// <param name="Transport">TCP or UDP.</param>
public sealed record Role(string Name, RoleKind Kind, Transport Transport)
{
    /// <summary>How its program is found in a submission: usual file names, marks in the source.</summary>
    public RoleFiles Files { get; init; } = RoleFiles.None;

    /// <summary>
    /// Whether the role is a server that must serve clients side by side (threads, processes, select), as lab 1's
    /// concurrent TCP server must. When a lab has two server roles of one transport, one that must and one that need
    /// not, a submission's files are told apart by how each serves, and a lone concurrent server plays both.
    /// </summary>
    public bool ServesSideBySide { get; init; }

    /// <summary>Whether the role is a server, which the grader probes as a client.</summary>
    public bool IsServer => Kind == RoleKind.Server;

    /// <summary>Whether <paramref name="other"/> is the same role: same name, kind and transport.</summary>
    public bool Equals(Role? other) =>
        other is not null && Name == other.Name && Kind == other.Kind && Transport == other.Transport;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Name, Kind, Transport);

    /// <inheritdoc />
    public override string ToString() => Name;
}
