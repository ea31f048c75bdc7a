using System.CommandLine;

namespace Grader.Commands;

/// <summary><c>&lt;submissions&gt;</c>: a class's folder, one folder per student, which must exist.</summary>
internal static class ClassFolderArgument
{
    /// <summary>The argument, with its validator.</summary>
    public static Argument<string> Create()
    {
        var folder = new Argument<string>("submissions")
        {
            Description = "The folder of submissions: one folder per student.",
        };
        folder.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string>() is { } path && !Directory.Exists(path))
                result.AddError($"no folder of submissions at {path}");
        });
        return folder;
    }
}
