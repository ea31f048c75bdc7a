namespace Grader.Sandboxes.Containers;

/// <summary>
/// The Debian packages the runtime image needs to build and run the programs of one language: always in the image,
/// or added by <c>grader image build --with</c> <see cref="Option"/>.
/// </summary>
/// <param name="Option">The name <c>--with</c> adds them by, such as <c>java</c>; null when they are always in the
/// image.</param>
/// <param name="Packages">The packages.</param>
public sealed record ImagePackages(string? Option, IReadOnlyList<string> Packages)
{
    /// <summary>No packages: a language the image does not build or run, or one that needs nothing of its
    /// own.</summary>
    public static ImagePackages None { get; } = new(null, []);

    /// <summary><paramref name="packages"/>, always in the image.</summary>
    public static ImagePackages Always(params IReadOnlyList<string> packages) => new(null, packages);

    /// <summary>Whether they are in the image only when <c>--with</c> asks for them.</summary>
    public bool IsOptional => Option is not null;
}
