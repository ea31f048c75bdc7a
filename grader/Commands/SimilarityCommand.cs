using System.CommandLine;
using Grader.Batch;
using Grader.Labs;
using Grader.Reports;

namespace Grader.Commands;

/// <summary><c>grader similarity &lt;folder&gt; --out &lt;folder&gt;</c>: compares every pair of a class's submissions,
/// program by program, and writes <c>similarity.csv</c> and the similarity section of <c>report.html</c>.</summary>
internal static class SimilarityCommand
{
    public static Command Create()
    {
        var folder = ClassFolderArgument.Create();
        var outFolder = new Option<string>("--out")
        {
            Description =
                "Where similarity.csv, similarity.json and report.html go; a batch's output gets the section added to its class report.",
            Required = true,
        };
        var lab = LabOption.Create();
        var options = new SimilarityOptions();
        var command = new Command(
            "similarity",
            "Compare every pair of submissions program by program for code they share beyond the lab's base code: evidence for a person to read, never a grade."
        )
        {
            folder,
            outFolder,
            lab,
        };
        options.AddTo(command);
        command.SetAction(
            async (parse, cancellationToken) =>
            {
                var chosen = parse.GetValue(lab) is { } name ? LabRegistry.Find(name)! : LabRegistry.Default;
                var output = parse.GetValue(outFolder)!;
                var report = await SimilarityOptions.CompareAsync(
                    options.Request(parse, chosen),
                    parse.GetValue(folder)!,
                    output,
                    cancellationToken
                );
                // A batch's output gets the section in its class report; any other folder a report of its own.
                if (Directory.Exists(Path.Combine(output, "results")))
                    await new ResultStore(output).WriteReportsAsync(cancellationToken);
                else
                    await AtomicFile.WriteAsync(
                        Path.Combine(output, new HtmlReport().BatchFileName),
                        writer => HtmlReport.WriteAsync(report, writer, cancellationToken),
                        cancellationToken
                    );
                Console.WriteLine($"wrote similarity.csv, similarity.json, report.html in {Path.GetFullPath(output)}");
                return 0;
            }
        );
        return command;
    }
}
