namespace Grader.Labs.WebServer.Judges;

/// <summary>A well-formed status line: <c>HTTP/1.1 200 OK</c>.</summary>
/// <param name="Version">The version, such as <c>HTTP/1.1</c>.</param>
/// <param name="Code">The three-digit status code.</param>
/// <param name="Reason">The reason phrase, possibly empty.</param>
public sealed record HttpStatusLine(string Version, int Code, string Reason)
{
    /// <summary>The line as a student would write it.</summary>
    public override string ToString() => Reason.Length == 0 ? $"{Version} {Code}" : $"{Version} {Code} {Reason}";
}
