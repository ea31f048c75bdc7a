using System.Text.RegularExpressions;

namespace Grader.Platforms.Layouts;

/// <summary>
/// What the grader reads from the receipt Blackboard writes for an attempt (<c>…_attempt_&lt;date&gt;.txt</c>): the
/// student's name from its <c>Name: Jane Doe (jdoe)</c> line, and, from its <c>Files:</c> section, each file's name as
/// submitted (<c>Original filename:</c>) against the name in the download (<c>Filename:</c>).
/// </summary>
/// <param name="Name">The student's full name, or null when the receipt does not say it (another language, say).</param>
/// <param name="Originals">The download's name of each file → the name the student gave it.</param>
public sealed record BlackboardReceipt(string? Name, IReadOnlyDictionary<string, string> Originals)
{
    private static readonly Regex NameLine = new(
        @"^\s*Name:\s*(?<name>.*?)\s*(?:\([^()]*\))?\s*$",
        RegexOptions.CultureInvariant,
        TimeSpan.FromSeconds(1)
    );

    private static readonly Regex FileLine = new(
        @"^\s*(?<kind>Original filename|Filename):\s*(?<value>.*?)\s*$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase,
        TimeSpan.FromSeconds(1)
    );

    /// <summary>A receipt that says nothing.</summary>
    public static BlackboardReceipt Empty { get; } = new(null, new Dictionary<string, string>());

    /// <summary>Reads a receipt's text.</summary>
    public static BlackboardReceipt Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        string? name = null;
        string? original = null;
        var originals = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in text.Split('\n'))
        {
            if (name is null && NameLine.Match(line) is { Success: true } named && named.Groups["name"].Length > 0)
                name = named.Groups["name"].Value;
            var file = FileLine.Match(line);
            if (!file.Success)
                continue;
            if (file.Groups["kind"].Value.StartsWith('O') || file.Groups["kind"].Value.StartsWith('o'))
                original = file.Groups["value"].Value;
            else if (original is not null)
            {
                originals[file.Groups["value"].Value] = original;
                original = null;
            }
        }
        return new BlackboardReceipt(name, originals);
    }
}
