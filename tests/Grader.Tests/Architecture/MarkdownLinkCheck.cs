using System.Text.RegularExpressions;

namespace Grader.Tests.Architecture;

/// <summary>
/// Checks the links of a folder's Markdown pages: a relative link leads to a file or folder inside the folder, and a
/// link to a heading (<c>page.md#anchor</c>, <c>#anchor</c>) to a heading of that page. Links to the web are not
/// followed.
/// </summary>
public sealed partial class MarkdownLinkCheck(string root)
{
    private readonly string _root = Path.GetFullPath(root);
    private readonly Dictionary<string, MarkdownPage> _pages = [];

    /// <summary>What is wrong with the links of <paramref name="pages"/> (paths relative to the root), one line each,
    /// naming the page, the line and the link: nothing when every link leads somewhere.</summary>
    public IReadOnlyList<string> Problems(IEnumerable<string> pages) =>
        [
            .. pages.SelectMany(page =>
                PageAt(Path.Combine(_root, page))
                    .Links.Select(link => Problem(page, link))
                    .OfType<string>()
                    .Select(problem => $"{page.Replace('\\', '/')}:{problem}")
            ),
        ];

    private string? Problem(string page, MarkdownLink link)
    {
        var target = link.Target;
        if (Scheme().IsMatch(target))
            return null;
        var hash = target.IndexOf('#');
        var path = Uri.UnescapeDataString(hash < 0 ? target : target[..hash]);
        var anchor = hash < 0 ? null : target[(hash + 1)..];
        if (path.StartsWith('/'))
            return $"{link.Line}: `{target}` is an absolute path, not one relative to the page";

        var file =
            path.Length == 0
                ? Path.Combine(_root, page)
                : Path.GetFullPath(Path.Combine(_root, Path.GetDirectoryName(page) ?? "", path));
        if (file != _root && !file.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            return $"{link.Line}: `{target}` points outside the repository";
        if (!File.Exists(file) && !Directory.Exists(file))
            return $"{link.Line}: `{target}` leads to nothing: no {Path.GetRelativePath(_root, file)}";
        if (anchor is { Length: > 0 } && file.EndsWith(".md", StringComparison.OrdinalIgnoreCase) && File.Exists(file))
        {
            var anchors = PageAt(file).Anchors;
            if (!anchors.Contains(anchor))
                return $"{link.Line}: `{target}` names no heading of {Path.GetRelativePath(_root, file)} "
                    + $"(its anchors: {string.Join(", ", anchors.Order())})";
        }
        return null;
    }

    private MarkdownPage PageAt(string file)
    {
        if (!_pages.TryGetValue(file, out var page))
            _pages[file] = page = MarkdownPage.Parse(File.ReadAllText(file));
        return page;
    }

    [GeneratedRegex(@"^[a-zA-Z][a-zA-Z0-9+.\-]*:")]
    private static partial Regex Scheme();
}
