namespace Grader.Platforms;

/// <summary>A download read as one platform's layout: its students, and how much of it the layout explains.</summary>
/// <param name="Platform">The platform whose layout was read.</param>
/// <param name="Students">Every student found, by id.</param>
/// <param name="Recognised">How many of the root's entries (<see cref="DownloadListing.RootEntries"/>) are named as the
/// platform names them.</param>
/// <param name="Unrecognised">The root's entries that are not, by name: left out of the class.</param>
public sealed record LayoutReading(
    Platform Platform,
    IReadOnlyList<DownloadedStudent> Students,
    int Recognised,
    IReadOnlyList<string> Unrecognised
);
