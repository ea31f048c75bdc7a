using Grader.Languages;
using Grader.Rubric;

namespace Grader.Submissions;

/// <summary>
/// Decides which candidate plays each role: a file's name first (<see cref="RoleNames"/>), then, for the roles no name
/// decides, what the remaining files do (<see cref="ProgramClassifier"/>). Every choice carries its reason, and the
/// other files that could have played the role.
/// </summary>
internal static class RoleAssigner
{
    /// <summary>The program of each role that has one, and notes on the choices made between several files.</summary>
    public static (IReadOnlyList<RoleProgram> Programs, IReadOnlyList<string> Notes) Assign(
        IReadOnlyList<Candidate> candidates,
        IReadOnlyList<Role> roles
    )
    {
        var named = roles.ToDictionary(
            role => role,
            role =>
                candidates
                    .Where(c => c.Match?.Role == role)
                    .OrderBy(c => c.NamePreference)
                    .ThenBy(c => c.Source, StringComparer.Ordinal)
                    .ToList()
        );
        var unnamed = candidates.Where(c => c.Match is null).ToList();
        // Among files that do the same, one that holds the role's marks (HTTP/1. for a web server) comes first.
        List<Candidate> Doing(Func<SourceFacts, bool> what, Role? markedFor = null) =>
            unnamed
                .Where(c => what(c.Facts))
                .OrderBy(c => markedFor is not null && c.Facts.IsMarkedFor(markedFor) ? 0 : 1)
                .ThenBy(c => c.ContentPreference)
                .ThenBy(c => c.Source, StringComparer.Ordinal)
                .ToList();

        // Lab 1's two TCP servers are told apart by how they serve; every other role by its name, then what it does.
        var twoTcpServers = roles.Contains(Role.TcpServer) && roles.Contains(Role.TcpServerConcurrent);
        var choices = new Dictionary<Role, Choice>();
        foreach (var role in roles.Where(r => !twoTcpServers || (r != Role.TcpServer && r != Role.TcpServerConcurrent)))
        {
            var taken = choices.Values.Select(c => c.Candidate).ToHashSet();
            var doing = Doing(facts => facts.Plays(role), role).Where(c => !taken.Contains(c)).ToList();
            if (ByNameOrContent(role, named[role], doing) is { } choice)
                choices[role] = choice;
        }
        if (twoTcpServers)
            foreach (
                var (role, choice) in TcpServers(
                    named[Role.TcpServer],
                    named[Role.TcpServerConcurrent],
                    Doing(facts => facts.IsSequentialTcpServer),
                    Doing(facts => facts.IsConcurrentTcpServer)
                )
            )
                choices[role] = choice;

        var programs = new List<RoleProgram>();
        var notes = new List<string>();
        foreach (var role in roles.Where(choices.ContainsKey))
        {
            var choice = choices[role];
            programs.Add(
                new RoleProgram(role, choice.Candidate.Language.Name, choice.Candidate.Source)
                {
                    Reason = choice.Reason,
                }
            );
            if (choice.Others.Count > 0)
                notes.Add(
                    $"{role.Name}: took {choice.Candidate.Source}, not {string.Join(" or ", choice.Others.Select(c => c.Source))}."
                );
        }
        return (
            [
                .. programs.Select(program =>
                    program with
                    {
                        AlsoFound = AlsoFound(program, choices[program.Role].Others, programs),
                    }
                ),
            ],
            notes
        );
    }

    /// <summary>
    /// The two TCP server roles. Names decide, except that a threaded server whose name does not say sequential
    /// (<c>TCPServer.py</c>) beside a sequential server plays the concurrent role, and that the only TCP server of a
    /// submission, when it is concurrent, plays both: a concurrent server is a correct sequential-role server.
    /// </summary>
    private static Dictionary<Role, Choice> TcpServers(
        List<Candidate> sequentialNamed,
        List<Candidate> concurrentNamed,
        List<Candidate> sequentialDoing,
        List<Candidate> concurrentDoing
    )
    {
        var chosen = new Dictionary<Role, Choice>();
        var first = sequentialNamed.FirstOrDefault();
        Candidate? moved = null;
        if (first is { Match.SaysSequential: false, Facts.IsConcurrentTcpServer: true })
        {
            var sequential = sequentialNamed
                .Skip(1)
                .Concat(concurrentNamed)
                .Where(c => c.Facts.IsSequentialTcpServer)
                .Concat(sequentialDoing)
                .FirstOrDefault();
            if (sequential is not null)
            {
                moved = first;
                var namedOtherwise =
                    sequential.Match?.Role == Role.TcpServerConcurrent ? ", though named for the concurrent role" : "";
                chosen[Role.TcpServer] = new Choice(
                    sequential,
                    $"{Code(sequential)}: {sequential.Facts.Describe()}{namedOtherwise}; the threaded {Code(first)} plays the concurrent role",
                    [.. sequentialNamed.Skip(1).Concat(sequentialDoing).Where(c => c != sequential)]
                );
            }
        }
        if (first is not null && moved is null)
            chosen[Role.TcpServer] = ByName(Role.TcpServer, sequentialNamed, sequentialDoing);

        var used = chosen.Values.Select(choice => choice.Candidate).ToHashSet();
        var concurrentByName = concurrentNamed.Where(c => !used.Contains(c)).ToList();
        if (concurrentByName.Count > 0)
            chosen[Role.TcpServerConcurrent] = ByName(
                Role.TcpServerConcurrent,
                concurrentByName,
                moved is null ? concurrentDoing : concurrentDoing.Prepend(moved)
            );
        else if (moved is not null)
            chosen[Role.TcpServerConcurrent] = new Choice(
                moved,
                $"{Code(moved)}: {moved.Facts.Describe()}, beside the sequential {Code(chosen[Role.TcpServer].Candidate)}",
                concurrentDoing
            );
        else if (ByContent(concurrentDoing) is { } doing)
            chosen[Role.TcpServerConcurrent] = doing;

        if (!chosen.ContainsKey(Role.TcpServer))
        {
            used = chosen.Values.Select(choice => choice.Candidate).ToHashSet();
            var leftover = concurrentNamed
                .Concat(concurrentDoing)
                .Where(c => c.Facts.IsConcurrentTcpServer && !used.Contains(c))
                .ToList();
            if (ByContent(sequentialDoing) is { } doing)
                chosen[Role.TcpServer] = doing;
            else if (leftover.Count > 0)
                chosen[Role.TcpServer] = new Choice(
                    leftover[0],
                    $"{Code(leftover[0])}: {leftover[0].Facts.Describe()}; a concurrent server also serves one client at a time",
                    leftover[1..]
                );
        }

        // The submission's only TCP server, when it serves connections side by side, plays the role it lacks too.
        var servers = sequentialNamed
            .Concat(concurrentNamed)
            .Concat(sequentialDoing)
            .Concat(concurrentDoing)
            .Distinct()
            .ToList();
        if (servers is [{ Facts.IsConcurrentTcpServer: true } only] && chosen.Count == 1)
        {
            var both = new Choice(
                only,
                $"{Code(only)}: the submission's only TCP server, concurrent ({only.Facts.Concurrency}), so it plays both server roles",
                []
            );
            chosen[Role.TcpServer] = both;
            chosen[Role.TcpServerConcurrent] = both;
        }
        return chosen;
    }

    /// <summary>What was looked for, by what a file does, for <paramref name="role"/>: "no file that connects to a TCP
    /// server".</summary>
    public static string Sought(Role role) => role.Files.Sought;

    private static Choice? ByNameOrContent(Role role, List<Candidate> named, List<Candidate> doing) =>
        named.Count > 0 ? ByName(role, named, doing) : ByContent(doing);

    /// <summary>The best-named file; the others named for the role, then the files that do what it does, are the
    /// alternatives.</summary>
    private static Choice ByName(Role role, List<Candidate> named, IEnumerable<Candidate> doing)
    {
        var best = named[0];
        var name =
            best.Match!.Rank == 0 ? "the lab's name for the role"
            : best.Match.Listed ? "a usual name for the role"
            : "its name points to the role";
        // For the concurrent role, what the code does is what is graded: say it when the code shows it.
        var does =
            role == Role.TcpServerConcurrent && best.Facts.IsConcurrentTcpServer ? $", {best.Facts.Describe()}" : "";
        return new Choice(best, $"{Code(best)}: {name}{does}", [.. named.Skip(1), .. doing.Where(c => c != best)]);
    }

    private static Choice? ByContent(List<Candidate> doing) =>
        doing.Count == 0 ? null : new Choice(doing[0], $"{Code(doing[0])}: {doing[0].Facts.Describe()}", doing[1..]);

    /// <summary>"also found `server2.py`; to grade it instead, …", with the manifest that would, or null when there was
    /// nothing else.</summary>
    private static string? AlsoFound(
        RoleProgram program,
        IReadOnlyList<Candidate> others,
        IReadOnlyList<RoleProgram> programs
    )
    {
        if (others.Count == 0)
            return null;
        var alternative = others[0];
        var instead = programs.Select(p =>
            p.Role == program.Role ? new RoleProgram(p.Role, alternative.Language.Name, alternative.Source) : p
        );
        var found = string.Join(", ", others.Select(Code));
        var which = others.Count == 1 ? "it" : Code(alternative);
        return $"also found {found}; to grade {which} instead, write a submission.yaml (it then names every role's program):  {ManifestSuggestion.For(instead)}";
    }

    private static string Code(Candidate candidate) => $"`{candidate.Source}`";

    /// <summary>A role's program, why it was chosen, and the files that could have played the role too.</summary>
    private sealed record Choice(Candidate Candidate, string Reason, IReadOnlyList<Candidate> Others);
}
