namespace Reference.Web;

/// <summary>The <c>Content-Type</c> of a file, chosen by its extension alone (case-insensitive).</summary>
public static class ContentTypes
{
    /// <summary>The type of a file whose extension is not in the table.</summary>
    public const string Default = "application/octet-stream";

    /// <summary>The type of the server's own HTML error pages.</summary>
    public const string ErrorPage = "text/html; charset=utf-8";

    private static readonly Dictionary<string, string> ByExtension = new(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html",
        [".htm"] = "text/html",
        [".txt"] = "text/plain",
        [".css"] = "text/css",
        [".js"] = "text/javascript",
        [".png"] = "image/png",
        [".jpg"] = "image/jpeg",
        [".jpeg"] = "image/jpeg",
        [".gif"] = "image/gif",
        [".ico"] = "image/x-icon",
    };

    /// <summary>The type announced for <paramref name="path"/>.</summary>
    /// <param name="path">The file's path or name.</param>
    /// <returns>A MIME type, <see cref="Default"/> for an unknown or missing extension.</returns>
    public static string For(string path) => ByExtension.GetValueOrDefault(Path.GetExtension(path), Default);
}
