using System.CommandLine;
using Grader.Platforms;
using Grader.Platforms.Gradebooks;
using Grader.Submissions.Archives;

namespace Grader.Commands;

/// <summary><c>batch</c>'s argument: a class folder, or with <c>--from</c> a platform's download; and the rule that a
/// gradebook needs the ids of the platform it is for.</summary>
internal static class BatchInput
{
    /// <summary>The argument, checked with <paramref name="from"/> and <paramref name="gradebook"/> by a validator
    /// of <paramref name="command"/>.</summary>
    public static Argument<string> Create(Command command, Option<string?> from, GradebookOptions gradebook)
    {
        var input = new Argument<string>("submissions")
        {
            Description =
                "The folder of submissions, one folder per student; with --from, a platform's bulk download (its zip or folder).",
        };
        command.Validators.Add(result =>
        {
            if (result.GetValue(input) is not { } path)
                return;
            var platform = result.GetValue(from);
            if (platform is not null)
            {
                if (!File.Exists(path) && !Directory.Exists(path))
                    result.AddError($"no download at {path}: name a platform's zip or a folder");
                else if (
                    gradebook.Gradebook(result) is { } wanted
                    && PlatformOption.Chosen(platform) is { } chosen
                    && Gradebooks.For(chosen) != wanted
                )
                    result.AddError(
                        $"--gradebook {wanted.Platform.OptionValue()} needs {wanted.Platform.Title()}'s ids, and a {chosen.Title()} download has {chosen.Title()}'s"
                    );
                return;
            }
            if (!Directory.Exists(path))
            {
                result.AddError(
                    File.Exists(path) && ArchiveUnpacker.IsArchive(path)
                        ? $"{path} is an archive: to grade a platform's download, add --from auto (or the platform)"
                        : $"no folder of submissions at {path}"
                );
                return;
            }
            if (gradebook.Gradebook(result) is { } needed)
            {
                try
                {
                    if (Gradebooks.Refusal(needed, Roster.Load(path), path) is { } refusal)
                        result.AddError(refusal);
                }
                catch (DownloadException e)
                {
                    result.AddError(e.Message);
                }
            }
        });
        return input;
    }
}
