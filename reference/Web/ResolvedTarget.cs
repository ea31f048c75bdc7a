namespace Reference.Web;

/// <summary>Where a request target leads: a file under the root, or the status that refuses it.</summary>
/// <param name="Status"><see cref="HttpStatus.Ok"/> when <paramref name="File"/> is set, otherwise the refusal.</param>
/// <param name="File">The full path of the file to serve (which may not exist), when the target is allowed.</param>
public sealed record ResolvedTarget(HttpStatus Status, string? File)
{
    /// <summary>A target that names <paramref name="file"/>.</summary>
    /// <param name="file">The full path under the root.</param>
    /// <returns>An allowed target.</returns>
    public static ResolvedTarget Allowed(string file) => new(HttpStatus.Ok, file);

    /// <summary>A target refused with <paramref name="status"/>.</summary>
    /// <param name="status">The error status to answer.</param>
    /// <returns>A refused target.</returns>
    public static ResolvedTarget Refused(HttpStatus status) => new(status, null);
}
