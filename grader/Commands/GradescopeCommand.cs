using System.CommandLine;
using Grader.Errors;
using Grader.Labs;
using Grader.Languages;
using Grader.Platforms.Gradescope;
using Grader.Rubric;
using Grader.Sandboxes;

namespace Grader.Commands;

/// <summary><c>grader gradescope package -o autograder.zip</c>: the zip Gradescope takes as an assignment's autograder,
/// which grades each submission with this grader and writes Gradescope's <c>results.json</c>.</summary>
internal static class GradescopeCommand
{
    private const string NoLanguage = "none";

    public static Command Create()
    {
        var lab = LabOption.Create();
        var assignment = new Option<string?>("--assignment")
        {
            Description =
                "An assignment file (YAML) to grade against instead of the lab's own rubric; it goes in the zip.",
        };
        var optional = LanguageRegistry.ImagePackages.Where(packages => packages.IsOptional).ToList();
        var names = string.Join(", ", optional.Select(packages => packages.Option));
        var with = new Option<string[]>("--with")
        {
            Description =
                $"Languages beyond Python 3 students may write in, whose compilers setup.sh installs, comma-separated: {names}, or {NoLanguage} (default: all of them).",
            AllowMultipleArgumentsPerToken = true,
        };
        with.Validators.Add(result =>
        {
            foreach (var language in Split(result.GetValueOrDefault<string[]>()))
                if (language != NoLanguage && !optional.Any(packages => packages.Option == language))
                    result.AddError(
                        $"'{language}' is not a language setup.sh can install (expected: {names}, or {NoLanguage})"
                    );
        });
        var grader = new Option<string?>("--grader")
        {
            Description =
                "The Linux x64 single-file grader (grader-<version>-linux-x64) to put in the zip (default: this grader when it is that file; else this grader's .NET build, for which setup.sh installs the .NET runtime).",
        };
        grader.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { } path && !File.Exists(path))
                result.AddError($"--grader: no file at {path}");
        });
        var output = new Option<string>("--output", "-o")
        {
            Description = "The zip to write (replaced if it exists), to upload as the assignment's autograder.",
            Required = true,
        };
        output.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string>() is not { } path)
                return;
            if (path.Length == 0 || Directory.Exists(path))
                result.AddError("-o takes the name of the zip file to write");
            else if (Path.GetDirectoryName(Path.GetFullPath(path)) is { } folder && !Directory.Exists(folder))
                result.AddError($"-o: there is no folder {folder} to write {path} in");
        });

        var package = new Command(
            "package",
            "Write the zip Gradescope takes as a programming assignment's autograder: setup.sh, run_autograder, the rubric and the grader."
        )
        {
            lab,
            assignment,
            with,
            grader,
            output,
        };
        package.SetAction(
            async (parse, cancellationToken) =>
            {
                var (rubric, text) = LoadRubric(parse.GetValue(assignment), parse.GetValue(lab));
                var languages = Split(parse.GetValue(with)).ToList();
                var chosen = languages.Count == 0 ? optional : optional.Where(p => languages.Contains(p.Option!));
                var autograder = new AutograderPackage(
                    rubric,
                    text,
                    [
                        .. LanguageRegistry
                            .ImagePackages.Where(packages => !packages.IsOptional)
                            .Concat(chosen)
                            .SelectMany(packages => packages.Packages)
                            .Distinct(),
                    ],
                    parse.GetValue(grader) is { } file
                        ? AutograderGrader.SingleFile(file)
                        : AutograderGrader.ThisProcess(),
                    [(LaunchUsers.RangeVariable, LaunchUsers.AloneRange)]
                );
                var path = parse.GetValue(output)!;
                await autograder.WriteAsync(path, cancellationToken);
                await Console.Out.WriteLineAsync(
                    $"wrote {path} ({new FileInfo(path).Length >> 20} MiB): {rubric.Id} ({rubric.Lab.Name}), "
                        + (
                            autograder.Grader.IsSingleFile
                                ? "the single-file grader"
                                : "this grader's .NET build (setup.sh installs the .NET 10 runtime)"
                        )
                        + $", setup.sh installs {string.Join(", ", autograder.Packages)} when missing; upload it as the assignment's autograder"
                );
                return ExitCodes.Passed;
            }
        );
        return new Command("gradescope", "Grade in Gradescope: the autograder it runs.") { package };
    }

    // The instructor's file as it is, or the lab's shipped rubric; either loaded here, so a bad one fails now.
    private static (Assignment Assignment, string Text) LoadRubric(string? file, string? lab)
    {
        if (file is not null)
            return (AssignmentLoader.LoadFile(file, LabRegistry.Catalog, lab), File.ReadAllText(file));
        var definition = (lab is null ? LabRegistry.Default : LabRegistry.Find(lab)!).Definition;
        return (AssignmentLoader.LoadShipped(definition), ShippedFiles.ReadText(definition.RubricFile));
    }

    private static IEnumerable<string> Split(string[]? values) =>
        (values ?? [])
            .SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Select(v => v.ToLowerInvariant())
            .Distinct();
}
