using System.Diagnostics;
using Grader.Languages;
using Grader.Rubric;

namespace Grader.Submissions;

/// <summary>Builds a submission once, before any check, and says how to run each role.</summary>
public static class SubmissionBuilder
{
    /// <summary>
    /// Builds <paramref name="submission"/> with its outputs in <paramref name="workDirectory"/> (created if needed,
    /// left in place), every build tool confined by <paramref name="confinement"/>.
    /// </summary>
    public static Task<BuiltSubmission> BuildAsync(
        Submission submission,
        string workDirectory,
        BuildConfinement confinement,
        CancellationToken cancellationToken
    ) => BuildAsync(submission, workDirectory, confinement, LanguageRegistry.All, cancellationToken);

    /// <summary>As the public overload, with the languages given rather than the registry's (for tests).</summary>
    internal static async Task<BuiltSubmission> BuildAsync(
        Submission submission,
        string workDirectory,
        BuildConfinement confinement,
        IReadOnlyList<ILanguage> languages,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(submission);
        ArgumentNullException.ThrowIfNull(confinement);
        ArgumentException.ThrowIfNullOrWhiteSpace(workDirectory);
        var clock = Stopwatch.StartNew();
        var work = Path.GetFullPath(workDirectory);
        Directory.CreateDirectory(work);
        var build = new LanguageBuild(submission.Directory, submission.Programs, submission.Build, work, confinement);

        // Languages build side by side: their outputs go to separate places under the work folder.
        var built = await Task.WhenAll(
            submission
                .Programs.GroupBy(program => program.Language)
                .Select(group => BuildLanguageAsync(build, languages, group.Key, [.. group], cancellationToken))
        );

        var launches = built.SelectMany(launch => launch).ToDictionary();
        foreach (var role in submission.Roles)
        {
            if (!launches.ContainsKey(role))
                launches[role] = new RoleLaunch.Missing(MissingReason(submission, role));
        }
        return new BuiltSubmission(submission, launches, clock.Elapsed);
    }

    private static async Task<IReadOnlyDictionary<Role, RoleLaunch>> BuildLanguageAsync(
        LanguageBuild build,
        IReadOnlyList<ILanguage> languages,
        string name,
        IReadOnlyList<RoleProgram> programs,
        CancellationToken cancellationToken
    )
    {
        if (languages.FirstOrDefault(language => language.Name == name) is { } found)
            return await found.BuildAsync(build, programs, cancellationToken);
        return programs.ToDictionary(
            program => program.Role,
            RoleLaunch (program) =>
                new RoleLaunch.BuildFailed(
                    program,
                    $"The grader knows no language named '{name}', so {program.Source} cannot be built.",
                    ""
                )
        );
    }

    /// <summary>Why <paramref name="role"/> has no program, naming what was looked for, by name in the language the
    /// rest of the submission is in, and by what the file does.</summary>
    private static string MissingReason(Submission submission, Role role)
    {
        if (
            submission.Build is not null
            || submission.Programs.Any(program => program.Language == LanguageRegistry.Manifest.Name)
        )
            return $"{SubmissionManifest.FileName} gives no command for {role.Name}.";
        var usual = LanguageRegistry.Lecture.Extensions[0];
        var extension =
            submission
                .Programs.GroupBy(program => Path.GetExtension(program.Source))
                .OrderByDescending(group => group.Count())
                .ThenBy(group => group.Key == usual ? 0 : 1)
                .Select(group => group.Key)
                .FirstOrDefault()
            ?? usual;
        return RoleNames.Describe(role, extension) is { } named
            ? $"no file named like {named}, and {RoleAssigner.Sought(role)}."
            : $"{RoleAssigner.Sought(role)}.";
    }
}
