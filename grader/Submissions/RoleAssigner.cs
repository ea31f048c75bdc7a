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

        // Two servers of one transport, one that must serve side by side and one that need not (lab 1's TCP servers),
        // are told apart by how they serve; every other role by its name, then what it does.
        var pair = ServerPair.Of(roles);
        var choices = new Dictionary<Role, Choice>();
        foreach (var role in roles.Where(r => pair is null || !pair.Has(r)))
        {
            var taken = choices.Values.Select(c => c.Candidate).ToHashSet();
            var doing = Doing(facts => facts.Plays(role), role).Where(c => !taken.Contains(c)).ToList();
            if (ByNameOrContent(role, named[role], doing) is { } choice)
                choices[role] = choice;
        }
        if (pair is not null)
            foreach (
                var (role, choice) in Servers(
                    pair,
                    named[pair.OneAtATime],
                    named[pair.SideBySide],
                    Doing(facts => facts.PlaysOneAtATime(pair.OneAtATime)),
                    Doing(facts => facts.Plays(pair.SideBySide))
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
    /// The two server roles of <paramref name="pair"/> (lab 1's TCP servers). Names decide, except that a threaded server
    /// whose name does not say sequential (<c>TCPServer.py</c>) beside a sequential server plays the concurrent role, and
    /// that the only server of a submission, when it is concurrent, plays both: a concurrent server is a correct
    /// server for the role that need not be.
    /// </summary>
    private static Dictionary<Role, Choice> Servers(
        ServerPair pair,
        List<Candidate> sequentialNamed,
        List<Candidate> concurrentNamed,
        List<Candidate> sequentialDoing,
        List<Candidate> concurrentDoing
    )
    {
        var chosen = new Dictionary<Role, Choice>();
        var first = sequentialNamed.FirstOrDefault();
        Candidate? moved = null;
        if (first is { Match.SaysSequential: false } && first.Facts.Plays(pair.SideBySide))
        {
            var sequential = sequentialNamed
                .Skip(1)
                .Concat(concurrentNamed)
                .Where(c => c.Facts.PlaysOneAtATime(pair.OneAtATime))
                .Concat(sequentialDoing)
                .FirstOrDefault();
            if (sequential is not null)
            {
                moved = first;
                var namedOtherwise =
                    sequential.Match?.Role == pair.SideBySide ? ", though named for the concurrent role" : "";
                chosen[pair.OneAtATime] = new Choice(
                    sequential,
                    $"{Code(sequential)}: {sequential.Facts.Describe()}{namedOtherwise}; the threaded {Code(first)} plays the concurrent role",
                    [.. sequentialNamed.Skip(1).Concat(sequentialDoing).Where(c => c != sequential)]
                );
            }
        }
        if (first is not null && moved is null)
            chosen[pair.OneAtATime] = ByName(pair.OneAtATime, sequentialNamed, sequentialDoing);

        var used = chosen.Values.Select(choice => choice.Candidate).ToHashSet();
        var concurrentByName = concurrentNamed.Where(c => !used.Contains(c)).ToList();
        if (concurrentByName.Count > 0)
            chosen[pair.SideBySide] = ByName(
                pair.SideBySide,
                concurrentByName,
                moved is null ? concurrentDoing : concurrentDoing.Prepend(moved)
            );
        else if (moved is not null)
            chosen[pair.SideBySide] = new Choice(
                moved,
                $"{Code(moved)}: {moved.Facts.Describe()}, beside the sequential {Code(chosen[pair.OneAtATime].Candidate)}",
                concurrentDoing
            );
        else if (ByContent(concurrentDoing) is { } doing)
            chosen[pair.SideBySide] = doing;

        if (!chosen.ContainsKey(pair.OneAtATime))
        {
            used = chosen.Values.Select(choice => choice.Candidate).ToHashSet();
            var leftover = concurrentNamed
                .Concat(concurrentDoing)
                .Where(c => c.Facts.Plays(pair.SideBySide) && !used.Contains(c))
                .ToList();
            if (ByContent(sequentialDoing) is { } doing)
                chosen[pair.OneAtATime] = doing;
            else if (leftover.Count > 0)
                chosen[pair.OneAtATime] = new Choice(
                    leftover[0],
                    $"{Code(leftover[0])}: {leftover[0].Facts.Describe()}; a concurrent server also serves one client at a time",
                    leftover[1..]
                );
        }

        // The submission's only server, when it serves connections side by side, plays the role it lacks too.
        var servers = sequentialNamed
            .Concat(concurrentNamed)
            .Concat(sequentialDoing)
            .Concat(concurrentDoing)
            .Distinct()
            .ToList();
        if (servers is [var only] && only.Facts.Plays(pair.SideBySide) && chosen.Count == 1)
        {
            var both = new Choice(
                only,
                $"{Code(only)}: the submission's only {pair.TransportName} server, concurrent ({only.Facts.Concurrency}), so it plays both server roles",
                []
            );
            chosen[pair.OneAtATime] = both;
            chosen[pair.SideBySide] = both;
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
        var does = role.ServesSideBySide && best.Facts.Plays(role) ? $", {best.Facts.Describe()}" : "";
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
