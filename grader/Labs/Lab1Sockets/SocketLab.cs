using Grader.Checks;
using Grader.Rubric;
using Grader.Sandboxes;

namespace Grader.Labs.Lab1Sockets;

/// <summary>
/// Lab 1, the lecture's socket lab: a TCP client, a sequential and a concurrent TCP server, a UDP client and a UDP
/// server that upper-case one line, on port 12000. The default lab.
/// </summary>
public sealed class SocketLab : ILab
{
    /// <summary>The lab's name.</summary>
    public const string Name = "lab1-sockets";

    /// <summary>The port the lecture's programs hard-code.</summary>
    public const int Port = 12000;

    /// <inheritdoc />
    public LabDefinition Definition { get; } =
        new(
            Name,
            "Socket programming: an upper-casing client and server over TCP and UDP (sequential and concurrent)",
            SocketRoles.All,
            Port,
            Path.Combine("Labs", "Lab1Sockets", "lab1-sockets.yaml"),
            SocketChecks.Kinds
        );

    /// <inheritdoc />
    public bool IsDefault => true;

    /// <inheritdoc />
    /// <remarks>The lecture's five programs as printed (<c>submissions/lecture-as-printed</c>).</remarks>
    public IReadOnlyList<string> BaseFiles { get; } =
    [
        .. new[] { "TCPClient.py", "TCPServer.py", "TCPServerConcurrent.py", "UDPClient.py", "UDPServer.py" }.Select(
            file => Path.Combine("Labs", "Lab1Sockets", "Base", file)
        ),
    ];

    /// <inheritdoc />
    public IServerCheck? ServerCheck(Role role, string kind) => SocketChecks.ServerCheck(role, kind);

    /// <inheritdoc />
    /// <remarks>A client gets one line on its input and is served by the probe server, which upper-cases it.</remarks>
    public IRoleGrader? RoleGrader(Role role, Assignment assignment, ISandbox sandbox) =>
        role.IsServer ? null : new SocketRoleGrader(assignment, sandbox);
}
