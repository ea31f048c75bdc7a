namespace Grader.Labs.WebServer.Judges;

/// <summary>The media types a browser expects for the files a lab's web server serves, by extension.</summary>
public static class ContentTypes
{
    private static readonly Dictionary<string, string[]> ByExtension = new(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = ["text/html"],
        [".htm"] = ["text/html"],
        [".txt"] = ["text/plain"],
        [".css"] = ["text/css"],
        [".js"] = ["text/javascript", "application/javascript"],
        [".json"] = ["application/json"],
        [".png"] = ["image/png"],
        [".jpg"] = ["image/jpeg"],
        [".jpeg"] = ["image/jpeg"],
        [".gif"] = ["image/gif"],
        [".svg"] = ["image/svg+xml"],
        [".ico"] = ["image/x-icon", "image/vnd.microsoft.icon"],
        [".pdf"] = ["application/pdf"],
    };

    /// <summary>The accepted media types for <paramref name="fileName"/>, the usual one first; empty when the
    /// extension is not known, and then any type is accepted.</summary>
    public static IReadOnlyList<string> For(string fileName) =>
        ByExtension.TryGetValue(Path.GetExtension(fileName), out var types) ? types : [];

    /// <summary>
    /// Whether a <c>Content-Type</c> header's <paramref name="value"/> names an accepted type for
    /// <paramref name="fileName"/>, whatever its case and parameters (<c>text/html; charset=utf-8</c>).
    /// </summary>
    public static bool Accepts(string fileName, string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var types = For(fileName);
        var mediaType = value.Split(';')[0].Trim();
        return types.Count == 0 || types.Contains(mediaType, StringComparer.OrdinalIgnoreCase);
    }
}
