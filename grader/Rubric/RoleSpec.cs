namespace Grader.Rubric;

/// <summary>One role of an assignment and its checks.</summary>
public sealed record RoleSpec(Role Role, string Title, IReadOnlyList<CheckSpec> Checks)
{
    /// <summary>
    /// Clients only (<c>accept-other-hosts</c>): whether a client that connects to a host other than localhost (a LAN
    /// address, a machine name) is graded as if it had connected to localhost. When false, the default, it fails its
    /// first check, told which address or name it tried.
    /// </summary>
    public bool AcceptsOtherHosts { get; init; }
}
