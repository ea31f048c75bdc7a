namespace Grader.Platforms;

/// <summary>One file of a student's submission: where it goes in the student's folder, and where it comes from.</summary>
/// <param name="Path">Its path in the student's folder (<c>/</c>-separated): the name the student gave it.</param>
/// <param name="Source">Its path in the download (<see cref="DownloadListing.Files"/>).</param>
public sealed record StudentFile(string Path, string Source);
