namespace Grader.Platforms;

/// <summary>A class folder written from a platform's download.</summary>
/// <param name="Folder">The class folder: one folder per student and <c>roster.csv</c>.</param>
/// <param name="Platform">The platform it was read as.</param>
/// <param name="Roster">Who each folder is.</param>
/// <param name="Files">How many files the students' folders hold.</param>
/// <param name="Notes">What was left out of the download and why, one sentence each (entries no student's, links).</param>
public sealed record ImportedClass(
    string Folder,
    Platform Platform,
    Roster Roster,
    int Files,
    IReadOnlyList<string> Notes
);
