namespace Grader.Labs.WebServer.Judges;

/// <summary>How the bytes a server sent after its headers relate to the file it was asked for.</summary>
public enum BodyMatchKind
{
    /// <summary>Byte for byte the file.</summary>
    Identical,

    /// <summary>Nothing at all, for a file that is not empty.</summary>
    Empty,

    /// <summary>The file, then line endings only (<c>\r</c> and <c>\n</c>): the handout's skeleton sends <c>\r\n</c>
    /// after the file.</summary>
    LineEndsAfter,

    /// <summary>The file, then bytes that are not only line endings: the file again, a second reply, another
    /// page.</summary>
    MoreAfter,

    /// <summary>Only the start of the file.</summary>
    CutShort,

    /// <summary>The file with its line endings or encoding changed, as reading it in text mode does.</summary>
    TextMode,

    /// <summary>Something else.</summary>
    Differs,
}
