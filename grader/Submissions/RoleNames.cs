using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Grader.Rubric;

namespace Grader.Submissions;

/// <summary>
/// Which role a file's name names, by each role's usual names and loose pattern (<see cref="RoleFiles"/>). A file name
/// is compared without its case and without separators, so <c>TCPServer_thread</c> also stands for
/// <c>tcp_server_thread</c> and <c>TcpServerThread</c>.
/// </summary>
internal static class RoleNames
{
    // Words that make a server the one that serves one client at a time by name, whatever its code does.
    private const string Sequence = "sequen|iterat";

    private static readonly ConcurrentDictionary<string, Regex> LoosePatterns = new(StringComparer.Ordinal);

    /// <summary>How many usual names <paramref name="role"/> has; a loose match ranks after them all.</summary>
    public static int Count(Role role) => role.Files.Names.Count;

    /// <summary>The role of <paramref name="roles"/> that <paramref name="stem"/> (a file name without extension)
    /// names, and how well, or null if none: every role's usual names first, then the loose patterns in role
    /// order.</summary>
    public static RoleNameMatch? Match(string stem, IReadOnlyList<Role> roles)
    {
        var normalized = Normalize(stem);
        foreach (var role in roles)
        {
            var names = role.Files.Names;
            var index = names.ToList().FindIndex(name => Normalize(name) == normalized);
            if (index >= 0)
                return new RoleNameMatch(role, index, ExactLabName: stem == names[0])
                {
                    SaysSequential = SaysSequential(normalized),
                };
        }
        foreach (var role in roles)
        {
            if (role.Files.Loose is { } loose && Loose(loose).IsMatch(normalized))
                return new RoleNameMatch(role, role.Files.Names.Count, ExactLabName: false)
                {
                    SaysSequential = SaysSequential(normalized),
                };
        }
        return null;
    }

    /// <summary>The lab's name for <paramref name="role"/> and a few variants, with <paramref name="extension"/>:
    /// <c>TCPClient.py (or tcp_client.py, client_tcp.py)</c>; null when the role has no usual names.</summary>
    public static string? Describe(Role role, string extension)
    {
        var names = role.Files.Names;
        if (names.Count == 0)
            return null;
        const int variants = 2;
        if (names.Count == 1)
            return names[0] + extension;
        var shown = string.Join(", ", names.Skip(1).Take(variants).Select(name => name + extension));
        var more = names.Count > 1 + variants ? ", …" : "";
        return $"{names[0]}{extension} (or {shown}{more})";
    }

    private static bool SaysSequential(string normalized) =>
        Regex.IsMatch(normalized, Sequence, RegexOptions.CultureInvariant);

    private static Regex Loose(string pattern) =>
        LoosePatterns.GetOrAdd(pattern, p => new Regex(p, RegexOptions.CultureInvariant));

    // Lower case, letters and digits only: "TCP_Server-thread" and "tcpserverthread" are the same name.
    private static string Normalize(string name) => string.Concat(name.Where(char.IsLetterOrDigit)).ToLowerInvariant();
}
