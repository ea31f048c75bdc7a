namespace Grader.Platforms;

/// <summary>How one platform lays out an assignment's bulk download, and how to read a student's files back from
/// it.</summary>
public interface IDownloadLayout
{
    /// <summary>The platform.</summary>
    Platform Platform { get; }

    /// <summary>How the platform names a student's entries, for messages: <c>&lt;name&gt;_&lt;user id&gt;_…</c>.</summary>
    string Naming { get; }

    /// <summary>Whether <paramref name="folder"/> is one student's entry in this layout (so a download is not taken
    /// for a folder that wraps it).</summary>
    bool IsStudentFolder(DirectoryInfo folder);

    /// <summary>Reads <paramref name="listing"/> as this layout.</summary>
    LayoutReading Read(DownloadListing listing);
}
