using Reference.Terminal;

namespace Reference.Web;

/// <summary>
/// The folder the web server serves, and the one place that turns a request target into a path: nothing outside
/// the folder is ever named, whatever the target's dots, percent-encodings or slashes.
/// </summary>
public sealed class DocumentRoot
{
    // What every path under the root starts with; the root "/" already ends with its separator.
    private readonly string prefix;

    private DocumentRoot(string folder)
    {
        Folder = folder;
        prefix = Path.EndsInDirectorySeparator(folder) ? folder : folder + Path.DirectorySeparatorChar;
    }

    /// <summary>The root's full path, without a trailing separator (unless it is the file system's root).</summary>
    public string Folder { get; }

    /// <summary>The root at <paramref name="folder"/>, relative to the current folder unless absolute.</summary>
    /// <param name="folder">The folder given with <c>--root</c>.</param>
    /// <returns>The root.</returns>
    /// <exception cref="UserFacingException">The folder does not exist.</exception>
    public static DocumentRoot At(string folder)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder));
        return Directory.Exists(full)
            ? new DocumentRoot(full)
            : throw new UserFacingException($"The root folder '{folder}' does not exist.");
    }

    /// <summary>
    /// Resolves a request target (origin form <c>/a/b.html?q</c>, or absolute form <c>http://host/a/b.html</c>) to a
    /// file under the root; a folder stands for its <see cref="WebProtocol.IndexFile"/>.
    /// </summary>
    /// <param name="target">The target as the request line has it, percent-encoded.</param>
    /// <returns>
    /// The file, or a refusal: <c>400</c> for a target that is not a path or holds control characters, <c>403</c>
    /// for one with a <c>..</c> segment (after percent-decoding) or a backslash.
    /// </returns>
    public ResolvedTarget Resolve(string target)
    {
        var path = PathOf(target);
        if (path is null)
        {
            return ResolvedTarget.Refused(HttpStatus.BadRequest);
        }

        var decoded = Uri.UnescapeDataString(path);
        if (decoded.Any(char.IsControl))
        {
            return ResolvedTarget.Refused(HttpStatus.BadRequest);
        }

        // Decoded before it is split, so an encoded slash (%2F) separates segments too and cannot hide a "..".
        var segments = decoded.Split('/', StringSplitOptions.RemoveEmptyEntries).Where(segment => segment != ".");
        if (segments.Any(segment => segment == ".." || segment.Contains('\\')))
        {
            return ResolvedTarget.Refused(HttpStatus.Forbidden);
        }

        // Joined, never combined: Path.Combine would let a rooted segment replace the root.
        var file = Path.GetFullPath(Path.Join([Folder, .. segments]));
        if (file != Folder && !file.StartsWith(prefix, StringComparison.Ordinal))
        {
            return ResolvedTarget.Refused(HttpStatus.Forbidden);
        }

        return ResolvedTarget.Allowed(Directory.Exists(file) ? Path.Join(file, WebProtocol.IndexFile) : file);
    }

    /// <summary>The target's path, still percent-encoded, without its query or fragment; null when it has
    /// none.</summary>
    private static string? PathOf(string target)
    {
        if (target.StartsWith('/'))
        {
            var end = target.IndexOfAny(['?', '#']);
            return end < 0 ? target : target[..end];
        }

        // The absolute form a proxy would send; Uri has already removed its dot segments.
        return
            Uri.TryCreate(target, UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? uri.AbsolutePath
            : null;
    }
}
