namespace Grader.Labs.WebServer.Judges;

/// <summary>How a reply's headers ended.</summary>
public enum HeaderEnding
{
    /// <summary>With an empty line, <c>\r\n\r\n</c>, as HTTP says.</summary>
    CrLf,

    /// <summary>With <c>\n\n</c>: browsers accept it, HTTP does not.</summary>
    BareLf,

    /// <summary>With no empty line at all: the body cannot be told from the headers.</summary>
    Missing,
}
