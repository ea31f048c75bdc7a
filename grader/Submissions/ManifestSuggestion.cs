using System.Text.RegularExpressions;
using Grader.Languages;

namespace Grader.Submissions;

/// <summary>
/// A <c>submission.yaml</c> on one line that grades the programs given, for a report to show a student who wants
/// another file graded. A manifest names every role's program (the roles it leaves out are missing), so it lists them
/// all.
/// </summary>
internal static partial class ManifestSuggestion
{
    /// <summary>
    /// The manifest that runs <paramref name="programs"/> (in the lab's role order), such as <c>run: { tcp-client: python3 client.py, tcp-server:
    /// python3 server2.py }</c>, or, when a program must be compiled, <c>{ build: gcc -O2 -pthread -o
    /// $GRADER_BUILD_DIR/tcp-server server.c, run: { … } }</c>.
    /// </summary>
    public static string For(IEnumerable<RoleProgram> programs)
    {
        var builds = new List<string>();
        var runs = new List<string>();
        foreach (var program in programs)
        {
            var (build, run) = Commands(program);
            if (build is not null && !builds.Contains(build))
                builds.Add(build);
            runs.Add($"{program.Role.Name}: {Scalar(run)}");
        }
        var section = $"run: {{ {string.Join(", ", runs)} }}";
        return builds.Count == 0 ? section : $"{{ build: {Scalar(string.Join(" && ", builds))}, {section} }}";
    }

    /// <summary>The build command (or null) and the run command of one program, as the grader would run it: as its
    /// language says, or the file as it is when the grader knows no such language.</summary>
    private static ManifestCommands Commands(RoleProgram program) =>
        LanguageRegistry.Find(program.Language)?.SuggestManifest(program) ?? ManifestCommands.RunAsIs(program);

    /// <summary><paramref name="text"/> as a YAML scalar inside a flow mapping: plain when YAML reads it back
    /// unchanged, otherwise single-quoted.</summary>
    private static string Scalar(string text) =>
        PlainFlowScalar().IsMatch(text)
        && !text.Contains(": ", StringComparison.Ordinal)
        && !text.Contains(" #", StringComparison.Ordinal)
            ? text
            : $"'{text.Replace("'", "''", StringComparison.Ordinal)}'";

    // No indicator first, no flow indicators anywhere, no space at either end.
    [GeneratedRegex(@"^[^\s\-?:,\[\]{}#&*!|>'""%@`][^,\[\]{}]*(?<!\s)$")]
    private static partial Regex PlainFlowScalar();
}
