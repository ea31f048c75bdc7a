namespace Grader.Rubric;

/// <summary>
/// How a role's program is found in a submission that has no <c>submission.yaml</c>: the file names students give it,
/// and what in a source file tells it from the lab's other programs.
/// </summary>
/// <param name="Names">Usual file names without extension, the lab's own first (<c>TCPClient</c>); a name is compared
/// without its case and without separators, so <c>tcp_client</c> and <c>TcpClient</c> are the same name.</param>
/// <param name="Loose">A pattern over such a name (lower case, letters and digits only) for the long tail, tried after
/// every role's usual names; or null.</param>
/// <param name="Marks">Text whose presence in a source file points to the role (<c>HTTP/1.</c> for a web server),
/// which ranks a file that does what the role does above one that does not say so; may be empty.</param>
/// <param name="Sought">What was looked for by what a file does, for the report when nothing was found: "no file
/// that connects to a TCP server".</param>
public sealed record RoleFiles(IReadOnlyList<string> Names, string? Loose, IReadOnlyList<string> Marks, string Sought)
{
    /// <summary>No usual names, no marks: the role is found by what its program does alone.</summary>
    public static RoleFiles None { get; } = new([], null, [], "no file that does what the role does");
}
