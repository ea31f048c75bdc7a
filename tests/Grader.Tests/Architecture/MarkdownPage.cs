using System.Text;
using System.Text.RegularExpressions;

namespace Grader.Tests.Architecture;

/// <summary>
/// A Markdown page read for what its links need: the links and images it holds outside code, and the anchors of its
/// headings as GitHub makes them (<c>## Security: what …</c> is <c>#security-what-</c>…).
/// </summary>
public sealed partial class MarkdownPage
{
    private MarkdownPage(IReadOnlyList<MarkdownLink> links, IReadOnlySet<string> anchors)
    {
        Links = links;
        Anchors = anchors;
    }

    /// <summary>Every inline link and image (<c>[text](target)</c>, <c>![alt](target)</c>) and every reference
    /// definition (<c>[name]: target</c>), in the order they appear.</summary>
    public IReadOnlyList<MarkdownLink> Links { get; }

    /// <summary>The anchor of every heading, without its <c>#</c>; a repeated heading's gets <c>-1</c>, <c>-2</c>….</summary>
    public IReadOnlySet<string> Anchors { get; }

    /// <summary>Reads <paramref name="text"/>, a whole Markdown page.</summary>
    public static MarkdownPage Parse(string text)
    {
        // Code is blanked out, not removed, so a link's index still tells its line.
        var prose = BlankCodeSpans(BlankFencedCode(text.Replace("\r\n", "\n")));
        var links = InlineLink()
            .Matches(prose)
            .Select(m => (m.Index, m.Groups["target"].Value))
            .Concat(ReferenceDefinition().Matches(prose).Select(m => (m.Index, m.Groups["target"].Value)))
            .OrderBy(link => link.Index)
            .Select(link => new MarkdownLink(LineOf(prose, link.Index), link.Value.Trim('<', '>')))
            .ToList();
        return new MarkdownPage(links, HeadingAnchors(BlankFencedCode(text.Replace("\r\n", "\n"))));
    }

    /// <summary>The anchor GitHub gives a heading: its text without markup, lower-cased, with every character that
    /// is not a letter, digit, hyphen, underscore or space dropped, and spaces made hyphens.</summary>
    public static string Anchor(string heading)
    {
        var text = LinkInHeading().Replace(heading, "${text}").ToLowerInvariant();
        var anchor = new StringBuilder();
        foreach (var c in text)
        {
            if (c == ' ')
                anchor.Append('-');
            else if (char.IsLetterOrDigit(c) || c is '-' or '_')
                anchor.Append(c);
        }
        return anchor.ToString();
    }

    private static HashSet<string> HeadingAnchors(string text)
    {
        var anchors = new HashSet<string>();
        var seen = new Dictionary<string, int>();
        foreach (Match heading in Heading().Matches(text))
        {
            var anchor = Anchor(heading.Groups["text"].Value.Trim());
            var count = seen.GetValueOrDefault(anchor);
            seen[anchor] = count + 1;
            anchors.Add(count == 0 ? anchor : $"{anchor}-{count}");
        }
        return anchors;
    }

    private static string BlankFencedCode(string text)
    {
        var lines = text.Split('\n');
        string? fence = null;
        for (var i = 0; i < lines.Length; i++)
        {
            var opener = Fence().Match(lines[i]);
            if (fence is null && opener.Success)
            {
                fence = opener.Groups["fence"].Value;
                lines[i] = "";
            }
            else if (fence is not null)
            {
                if (lines[i].TrimStart().StartsWith(fence, StringComparison.Ordinal))
                    fence = null;
                lines[i] = "";
            }
        }
        return string.Join('\n', lines);
    }

    private static string BlankCodeSpans(string text) =>
        CodeSpan().Replace(text, span => Regex.Replace(span.Value, "[^\n]", " "));

    private static int LineOf(string text, int index) => text.AsSpan(0, index).Count('\n') + 1;

    [GeneratedRegex(@"^ {0,3}(?<fence>`{3,}|~{3,})")]
    private static partial Regex Fence();

    // A code span may run over line ends but not over a blank line, and closes on a run of as many backticks.
    [GeneratedRegex(@"(?<!`)(?<ticks>`+)(?!`)(?:(?!\n[ \t]*\n).)+?(?<!`)\k<ticks>(?!`)", RegexOptions.Singleline)]
    private static partial Regex CodeSpan();

    [GeneratedRegex(@"!?\[(?:[^\[\]]|\[[^\[\]]*\])*\]\((?<target><[^>\n]*>|[^)\s]+)(?:\s+""[^""\n]*"")?\)")]
    private static partial Regex InlineLink();

    [GeneratedRegex(@"^ {0,3}\[[^\]\n]+\]:\s*(?<target>\S+)", RegexOptions.Multiline)]
    private static partial Regex ReferenceDefinition();

    [GeneratedRegex(@"^ {0,3}#{1,6}[ \t]+(?<text>.*?)(?:[ \t]+#+)?[ \t]*$", RegexOptions.Multiline)]
    private static partial Regex Heading();

    [GeneratedRegex(@"!?\[(?<text>[^\]]*)\]\([^)]*\)")]
    private static partial Regex LinkInHeading();
}
