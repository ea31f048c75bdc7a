namespace Grader.Platforms;

/// <summary>One student of an imported class: whose results are in which folder, and where they came from.</summary>
/// <param name="Folder">The student's folder in the class folder: the name of their results.</param>
/// <param name="Id">The platform's id for the student (what its gradebook is keyed by).</param>
/// <param name="Name">The student's name as the platform gave it.</param>
/// <param name="Platform">The platform the download came from.</param>
/// <param name="Attempt">Which attempt was imported.</param>
/// <param name="Files">The files in the student's folder.</param>
/// <param name="Sources">The download's entries that are the student's.</param>
/// <param name="Notes">What the import decided for the student, one sentence each.</param>
public sealed record RosterEntry(
    string Folder,
    string Id,
    string Name,
    Platform Platform,
    string Attempt,
    IReadOnlyList<string> Files,
    IReadOnlyList<string> Sources,
    IReadOnlyList<string> Notes
);
