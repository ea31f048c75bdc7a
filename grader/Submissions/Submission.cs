using Grader.Languages;
using Grader.Rubric;

namespace Grader.Submissions;

/// <summary>What the grader found in a submission folder: for each role, the program that plays it.</summary>
/// <param name="Name">The folder's name, used in reports.</param>
/// <param name="Directory">The folder's full path.</param>
/// <param name="Programs">One entry per role found; a role with no entry is missing.</param>
/// <param name="Build">A build command from the manifest, run once before any check, or null.</param>
public sealed record Submission(string Name, string Directory, IReadOnlyList<RoleProgram> Programs, string? Build)
{
    /// <summary>Choices the scanner made that a reader of the report may want to know, such as which of two files it
    /// took for a role.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>The roles of the lab it was scanned for, in report order; each has a program or a reason it has
    /// none once built.</summary>
    public required IReadOnlyList<Role> Roles { get; init; }
}
