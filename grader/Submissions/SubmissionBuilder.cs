using Grader.Launching;
using Grader.Rubric;

namespace Grader.Submissions;

/// <summary>Builds a submission once, before any check, and says how to run each role.</summary>
public static class SubmissionBuilder
{
    /// <summary>Builds <paramref name="submission"/> with its outputs in <paramref name="workDirectory"/> (created if needed, left in place).</summary>
    public static Task<BuiltSubmission> BuildAsync(Submission submission, string workDirectory, TimeSpan buildTimeLimit, CancellationToken cancellationToken)
    {
        // TEMPORARY until the languages branch lands.
        var launches = Roles.All.ToDictionary(r => r, r => submission.Programs.FirstOrDefault(p => p.Role == r) is { } p
            ? (RoleLaunch)new RoleLaunch.Ready(p, new ProgramCommand("/usr/bin/python3", ["-u", p.Source], submission.Directory))
            : new RoleLaunch.Missing("missing"));
        return Task.FromResult(new BuiltSubmission(submission, launches, TimeSpan.Zero));
    }
}
