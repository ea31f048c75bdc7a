namespace Grader.Launching;

/// <summary>
/// A file the grader places in the copy of a program's working folder before the program starts, over any file of the
/// submission with that name: a web server's test page, which the grader then asks for and knows byte for byte.
/// </summary>
/// <param name="Name">Its name in the working folder: a plain file name, no folders.</param>
/// <param name="Content">Its bytes.</param>
public sealed record LaunchFile(string Name, ReadOnlyMemory<byte> Content)
{
    /// <summary>Writes it into <paramref name="folder"/> and returns its path.</summary>
    /// <exception cref="ArgumentException">The name is not a plain file name.</exception>
    public string WriteInto(string folder)
    {
        if (Name.Length == 0 || Name != Path.GetFileName(Name) || Name is "." or "..")
            throw new ArgumentException($"a launch file's name must be a plain file name, not '{Name}'");
        var path = Path.Combine(folder, Name);
        File.Delete(path);
        File.WriteAllBytes(path, Content.Span);
        return path;
    }
}
