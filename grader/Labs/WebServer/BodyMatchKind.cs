namespace Grader.Labs.WebServer;

/// <summary>How the bytes a server sent after its headers relate to the file it was asked for.</summary>
public enum BodyMatchKind
{
    /// <summary>Byte for byte the file.</summary>
    Identical,

    /// <summary>Nothing at all, for a file that is not empty.</summary>
    Empty,

    /// <summary>The file, then more bytes.</summary>
    ExtraAfter,

    /// <summary>Only the start of the file.</summary>
    CutShort,

    /// <summary>The file with its line endings or encoding changed, as reading it in text mode does.</summary>
    TextMode,

    /// <summary>Something else.</summary>
    Differs,
}
