namespace Grader.Platforms;

/// <summary>One student as a platform's download shows them: who, which attempt, and the files it holds.</summary>
/// <param name="Id">The platform's id for the student: Canvas's user id, Moodle's participant id, Blackboard's
/// username, a GitHub username.</param>
/// <param name="Name">The name to show in reports (the platform's, or the id when it gives none).</param>
/// <param name="Attempt">Which attempt the files are: "latest", "latest, late", a Blackboard attempt's time, a
/// commit.</param>
/// <param name="Files">The files to grade, by the names the student gave them.</param>
/// <param name="Sources">Every entry of the download that is this student's, graded or not (a receipt, an earlier
/// attempt's files).</param>
/// <param name="Notes">What the grader decided for this student and why, one sentence each (the latest attempt
/// taken, a file renamed back).</param>
public sealed record DownloadedStudent(
    string Id,
    string Name,
    string Attempt,
    IReadOnlyList<StudentFile> Files,
    IReadOnlyList<string> Sources,
    IReadOnlyList<string> Notes
);
