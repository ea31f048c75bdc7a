namespace Grader.Results;

/// <summary>A picture a check took, shown in its report: what a browser showed of a web server's page.</summary>
/// <param name="Caption">What it shows, in a few words.</param>
/// <param name="Png">The PNG image's bytes, base64 in JSON.</param>
public sealed record CheckImage(string Caption, byte[] Png);
