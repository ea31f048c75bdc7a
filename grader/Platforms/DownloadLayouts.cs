using Grader.Platforms.Layouts;

namespace Grader.Platforms;

/// <summary>Every platform's layout, and the choice among them: the one asked for, or, for <c>--from auto</c>, the one
/// that explains the download.</summary>
public static class DownloadLayouts
{
    /// <summary>Every layout, one per platform.</summary>
    public static IReadOnlyList<IDownloadLayout> All { get; } =
    [new CanvasLayout(), new MoodleLayout(), new BlackboardLayout(), new ClassroomLayout()];

    /// <summary>The layout of <paramref name="platform"/>.</summary>
    public static IDownloadLayout For(Platform platform) => All.Single(l => l.Platform == platform);

    /// <summary>Whether some layout takes <paramref name="folder"/> for one student's entry.</summary>
    public static bool IsStudentFolder(DirectoryInfo folder) => All.Any(l => l.IsStudentFolder(folder));

    /// <summary>
    /// Reads <paramref name="listing"/> as <paramref name="platform"/>'s download, or, when it is null, as the platform
    /// whose names explain most of it: more than half its entries, and more than any other platform's names do.
    /// </summary>
    /// <exception cref="DownloadException">The download is empty, is not the platform's, or (auto) no platform's or
    /// more than one's.</exception>
    public static LayoutReading Read(DownloadListing listing, Platform? platform)
    {
        ArgumentNullException.ThrowIfNull(listing);
        var total = listing.RootEntries;
        if (total == 0)
            throw new DownloadException($"{listing.Shown} holds no files to grade");
        if (platform is { } chosen)
        {
            var layout = For(chosen);
            var reading = layout.Read(listing);
            if (reading.Recognised == 0)
                throw new DownloadException(
                    $"{listing.Shown} is not a {chosen.Title()} download: none of its {Entries(total)} is named {layout.Naming}"
                );
            return reading;
        }
        var readings = All.Select(l => (Layout: l, Reading: l.Read(listing)))
            .OrderByDescending(r => r.Reading.Recognised)
            .ToList();
        var (best, second) = (readings[0], readings[1]);
        if (best.Reading.Recognised == 0)
            throw new DownloadException(
                $"cannot tell which platform {listing.Shown} comes from: none of its {Entries(total)} is named as Canvas, Moodle or Blackboard name a student's files, nor is a cloned repository; name the platform with --from"
            );
        if (best.Reading.Recognised == second.Reading.Recognised)
            throw new DownloadException(
                $"cannot tell whether {listing.Shown} is a {best.Layout.Platform.Title()} or a {second.Layout.Platform.Title()} download: {best.Reading.Recognised} of its {Entries(total)} are named as each names them; name the platform with --from"
            );
        if (best.Reading.Recognised * 2 <= total)
            throw new DownloadException(
                $"cannot tell which platform {listing.Shown} comes from: only {best.Reading.Recognised} of its {Entries(total)} are named as {best.Layout.Platform.Title()} names them ({best.Layout.Naming}); name the platform with --from if it is {best.Layout.Platform.Title()}'s"
            );
        return best.Reading;
    }

    private static string Entries(int count) => count == 1 ? "1 entry" : $"{count} entries";
}
