using Grader.Checks;
using Grader.Launching;
using Grader.Results;
using Grader.Rubric;
using Grader.Sandboxes;

namespace Grader.Labs;

/// <summary>
/// One lab of the course as a module (<c>grader/Labs/&lt;Lab&gt;/</c>): its definition (name, roles, port, shipped
/// rubric) and its checks. The core names no lab: <see cref="LabRegistry"/> finds every implementation in the grader, so
/// adding a lab touches only its own folder.
/// </summary>
public interface ILab
{
    /// <summary>The lab's name, roles, port, rubric and check kinds.</summary>
    LabDefinition Definition { get; }

    /// <summary>Whether this is the lab graded when neither <c>--lab</c> nor an assignment file names one (one lab
    /// is).</summary>
    bool IsDefault => false;

    /// <summary>The server check of <paramref name="kind"/> for <paramref name="role"/>, or null.</summary>
    IServerCheck? ServerCheck(Role role, string kind);

    /// <summary>
    /// How <paramref name="role"/> is graded against <paramref name="assignment"/> in <paramref name="sandbox"/> when the
    /// lab grades it its own way, or null for the core's way: a server started once and probed by the lab's server
    /// checks in order (<see cref="ServerCheck"/>). A client role always needs the lab's own: what its probe server
    /// does is the lab's protocol.
    /// </summary>
    IRoleGrader? RoleGrader(Role role, Assignment assignment, ISandbox sandbox) => null;

    /// <summary>Files the grader places in the working folder of <paramref name="role"/>'s program before each launch
    /// (a web server's test pages), over the submission's own; none by default.</summary>
    IReadOnlyList<LaunchFile> LaunchFiles(Role role) => [];

    /// <summary>The code every student of the lab was given (the lecture's programs, a handed-out skeleton), as paths
    /// of <see cref="ShippedFiles"/>: a similarity report subtracts it. None by default.</summary>
    IReadOnlyList<string> BaseFiles => [];

    /// <summary>What the lab hides in its checks' captures, as in its transcripts (a mail client's credentials), or
    /// null when its traffic holds no secret.</summary>
    IPayloadRedactor? CaptureRedactor => null;
}
