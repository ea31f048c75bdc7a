using System.Text.RegularExpressions;

namespace Grader.Platforms.Layouts;

/// <summary>
/// Canvas's marker on a file handed in under a name already used (<c>TCPClient-1.py</c> for a second
/// <c>TCPClient.py</c>): the name the student gave is the one without it, and the one a program's imports, a Java
/// class or the lab's role names expect.
/// </summary>
public static class CanvasDuplicate
{
    private static readonly Regex Marker = new(
        @"^(?<stem>.+)-(?<number>[1-9][0-9]{0,2})(?<extension>\.[^.]+)?$",
        RegexOptions.CultureInvariant,
        TimeSpan.FromSeconds(1)
    );

    /// <summary>The name without Canvas's marker (<c>TCPClient.py</c> for <c>TCPClient-1.py</c>), or null when it has
    /// none.</summary>
    public static string? Unmarked(string fileName)
    {
        var match = Marker.Match(fileName);
        return match.Success ? match.Groups["stem"].Value + match.Groups["extension"].Value : null;
    }
}
