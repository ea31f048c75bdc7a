using Grader.Results;

namespace Grader.Reports;

/// <summary>How reports say which program plays a role and why, the same way in every format.</summary>
internal static class ProgramChoice
{
    /// <summary>
    /// Why the role's program was chosen, without the program's name when a report shows it beside: "the lab's name for
    /// the role" for a reason "<c>`TCPServer.py`: the lab's name for the role</c>"; null when the result has no reason.
    /// </summary>
    public static string? Why(RoleResult role)
    {
        ArgumentNullException.ThrowIfNull(role);
        if (role.Reason is not { } reason)
            return null;
        var prefix = $"`{role.Program}`: ";
        return role.Program is not null && reason.StartsWith(prefix, StringComparison.Ordinal)
            ? reason[prefix.Length..]
            : reason;
    }

    /// <summary>The program and why, as one line: "<c>`TCPServer.py`: the lab's name for the role</c>", or just the
    /// program, or "missing".</summary>
    public static string Line(RoleResult role)
    {
        ArgumentNullException.ThrowIfNull(role);
        return role.Reason ?? (role.Program is { } program ? $"`{program}`" : "missing");
    }
}
