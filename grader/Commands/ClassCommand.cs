using System.CommandLine;
using Grader.Errors;
using Grader.Platforms;

namespace Grader.Commands;

/// <summary><c>grader class import &lt;download&gt; --from … --out &lt;folder&gt;</c>: a platform's bulk download
/// turned into a class folder (one folder per student, and <c>roster.csv</c>) to look at before grading it.</summary>
internal static class ClassCommand
{
    public static Command Create()
    {
        var download = new Argument<string>("download")
        {
            Description = "The platform's bulk download: its zip, or the folder it was unpacked or cloned into.",
        };
        download.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string>() is { } path && !File.Exists(path) && !Directory.Exists(path))
                result.AddError($"no download at {path}: name a platform's zip or a folder");
        });
        var from = PlatformOption.Create(required: true);
        var outFolder = new Option<string>("--out")
        {
            Description =
                "The class folder to write: one folder per student, named after them, with their files under the names they gave them, and roster.csv (id, name, platform, attempt, files). An earlier import there is replaced.",
            Required = true,
        };
        var limits = new DownloadLimitOptions();
        var import = new Command(
            "import",
            "Group a learning platform's bulk download by student into a class folder, to look at before grading it with 'grader batch'."
        )
        {
            download,
            from,
            outFolder,
        };
        limits.AddTo(import);
        import.SetAction(
            async (parse, cancellationToken) =>
            {
                await ImportRun.RunAsync(
                    new ImportRequest(
                        parse.GetValue(download)!,
                        parse.GetValue(outFolder)!,
                        PlatformOption.Chosen(parse.GetValue(from)!),
                        limits.Limits(parse)
                    ),
                    cancellationToken
                );
                return ExitCodes.Passed;
            }
        );
        return new Command("class", "A class as a learning platform hands it over.") { import };
    }
}
