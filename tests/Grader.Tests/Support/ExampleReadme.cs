using System.Text.RegularExpressions;

namespace Grader.Tests.Support;

/// <summary>
/// What an example submission's README says of it: the lab it is for (<c>Lab: web-server</c>; lab 1 when it has no such
/// line), and its verdict. A lab 1 example names the one role it fails (<c>Fails: tcp-server</c>); an example of another
/// lab names each required check it fails (<c>Fails: web-server/serves-file</c>, one line each) and each robustness
/// check it misses (<c>Misses: web-server/stays-in-folder</c>). <c>Fails: nothing</c> is a correct submission.
/// </summary>
/// <param name="Name">The example's folder name under <c>submissions/</c>.</param>
/// <param name="Lab">The lab it is graded by.</param>
/// <param name="Fails">What it fails: roles for lab 1, <c>role/check</c> ids otherwise; empty for a correct one.</param>
/// <param name="Misses">The robustness checks it fails, as <c>role/check</c> ids.</param>
/// <param name="SaysFails">Whether it has a <c>Fails:</c> line at all, as every example must.</param>
public sealed partial record ExampleReadme(
    string Name,
    string Lab,
    IReadOnlyList<string> Fails,
    IReadOnlyList<string> Misses,
    bool SaysFails
)
{
    /// <summary>Lab 1's name, which an example without a <c>Lab:</c> line is for.</summary>
    public const string FirstLab = "lab1-sockets";

    /// <summary>Whether it is graded in the namespace sandbox only (<c>Sandbox: namespace</c>): a client written for a
    /// provider's name, which only that sandbox's name server leads to the probe.</summary>
    public bool NeedsNamespace =>
        File.ReadAllText(Path.Combine(Repository.Submission(Name), "README.md"))
            .Contains("\nSandbox: namespace", StringComparison.Ordinal);

    /// <summary>Whether it names the checks it fails and misses (every lab but the first), not only a role.</summary>
    public bool NamesChecks => Lab != FirstLab;

    /// <summary>The README of <c>submissions/<paramref name="name"/></c>.</summary>
    public static ExampleReadme Of(string name)
    {
        var text = File.ReadAllText(Path.Combine(Repository.Submission(name), "README.md"));
        var lab = LabLine().Match(text) is { Success: true } found ? found.Groups[1].Value : FirstLab;
        var fails = FailsLine().Matches(text).Select(m => m.Groups[1].Value).ToList();
        return new ExampleReadme(
            name,
            lab,
            fails is ["nothing"] ? [] : fails,
            [.. MissesLine().Matches(text).Select(m => m.Groups[1].Value)],
            fails.Count > 0
        );
    }

    /// <summary>Every example submission's name, in order.</summary>
    public static IReadOnlyList<string> AllNames { get; } =
        Directory
            .GetDirectories(Path.Combine(Repository.Root, "submissions"))
            .Select(Path.GetFileName)
            .OfType<string>()
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>The examples of <paramref name="lab"/>, in order.</summary>
    public static IReadOnlyList<string> NamesOf(string lab) => [.. AllNames.Where(name => Of(name).Lab == lab)];

    [GeneratedRegex(@"^Lab: ([a-z0-9-]+)\s*$", RegexOptions.Multiline)]
    private static partial Regex LabLine();

    [GeneratedRegex(@"^Fails: (\S+)\s*$", RegexOptions.Multiline)]
    private static partial Regex FailsLine();

    [GeneratedRegex(@"^Misses: (\S+)\s*$", RegexOptions.Multiline)]
    private static partial Regex MissesLine();
}
