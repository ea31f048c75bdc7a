using System.CommandLine;
using System.Globalization;
using Grader.Batch;
using Grader.Labs;
using Grader.Platforms;
using Grader.Platforms.Gradebooks;
using Grader.Results;
using Grader.Sandboxes;
using Spectre.Console;

namespace Grader.Commands;

/// <summary><c>grader batch &lt;folder&gt; --out &lt;folder&gt;</c>: grades a whole class, resumably, and writes the
/// class reports; with <c>--from</c> the class is a learning platform's bulk download, imported into
/// <c>&lt;out&gt;/class</c> first, and with <c>--gradebook</c> the platform's gradebook file is written too.</summary>
internal static class BatchCommand
{
    /// <summary>The command; <paramref name="environment"/> is what <c>--shard auto</c> reads (this process's
    /// environment by default).</summary>
    public static Command Create(IReadOnlyDictionary<string, string>? environment = null)
    {
        var outFolder = new Option<string>("--out")
        {
            Description =
                "Where results and reports go: results/<name>.json as each submission finishes, then grades.csv, junit.xml, report.html, summary.md.",
            Required = true,
        };
        var parallel = new Option<int>("--parallel")
        {
            Description = "How many submissions to grade at once (default: one per core).",
            DefaultValueFactory = _ => Environment.ProcessorCount,
            CustomParser = result =>
            {
                var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : "";
                if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count >= 1)
                    return count;
                result.AddError($"--parallel takes a number of at least 1, not '{text}'");
                return 0;
            },
        };
        var resume = new Option<bool>("--resume")
        {
            Description = "Keep the stored results of submissions unchanged since they were graded; grade the rest.",
        };
        var only = new Option<string[]>("--only")
        {
            Description = "Grade only these submissions (folder names).",
            AllowMultipleArgumentsPerToken = true,
        };
        var shard = new ShardOptions(environment ?? AutoShard.ProcessEnvironment());

        var similarity = new Option<bool>("--similarity")
        {
            Description =
                "Also compare every pair of the class's submissions for shared code beyond the lab's base: similarity.csv and a section of report.html (no grade changes).",
        };

        var captures = new Option<bool>("--captures")
        {
            Description =
                "Also capture each check's traffic: results/<submission>/<check>.pcap, for Wireshark, linked from report.html (namespace and docker sandboxes).",
        };

        var from = PlatformOption.Create(required: false);
        var gradebook = new GradebookOptions();
        var limits = new DownloadLimitOptions();

        var command = new Command(
            "batch",
            "Grade every submission in a folder (or a learning platform's bulk download, with --from), several at once, storing each result as it finishes; then write the class reports."
        );
        var folder = BatchInput.Create(command, from, gradebook);
        command.Arguments.Add(folder);
        foreach (var option in new Option[] { outFolder, parallel, resume, only, similarity, captures, from })
            command.Options.Add(option);
        shard.AddTo(command);
        gradebook.AddTo(command);
        limits.AddTo(command);
        var how = new GradingOptions();
        how.AddTo(command);
        var compare = new SimilarityOptions();
        compare.AddTo(command);
        command.SetAction(
            async (parse, cancellationToken) =>
            {
                var output = Path.GetFullPath(parse.GetValue(outFolder)!);
                var (classFolder, roster) = await ClassOf(parse, folder, from, limits, output, cancellationToken);
                var wanted = gradebook.Gradebook(parse);
                if (wanted is not null && Gradebooks.Refusal(wanted, roster, parse.GetValue(folder)!) is { } refusal)
                    throw new DownloadException(refusal);
                var (share, shardNote) = shard.Shard(parse);
                if (shardNote is not null)
                    Console.Error.WriteLine($"grader: note: {shardNote}");
                var folders = ClassFolder.Select(
                    classFolder,
                    parse.GetValue(only) ?? [],
                    share,
                    notStudents: [Roster.FileName]
                );
                var capturing = parse.GetValue(captures) && CaptureStart.Usable();
                var (loaded, grader, notice) = await how.CreateGraderAsync(
                    parse,
                    cancellationToken,
                    capturing ? CaptureSettings.Default : null
                );
                if (notice is not null)
                    Console.Error.WriteLine($"grader: note: {notice}");
                if (capturing)
                    Console.Error.WriteLine(
                        $"grader: captures: {Path.Combine(output, CaptureFiles.ClassFolder("<submission>"))}{Path.DirectorySeparatorChar}<check>{CaptureFiles.Extension}, one per check, linked from the report"
                    );

                var store = new ResultStore(output);
                var request = parse.GetValue(similarity) ? compare.Request(parse, LabRegistry.For(loaded)) : null;
                await new BatchRecord(
                    Path.GetFullPath(classFolder),
                    [
                        .. ClassFolder
                            .Select(classFolder, [], Shard.Whole, notStudents: [Roster.FileName])
                            .Select(f => f.Name),
                    ],
                    [share.ToString()],
                    request
                ).SaveAsync(store.Directory, cancellationToken);
                if (roster is not null)
                    await roster.SaveAsync(store.Directory, cancellationToken);
                var options = new BatchOptions(parse.GetValue(parallel), parse.GetValue(resume));
                IBatchProgress progress = Console.IsOutputRedirected
                    ? new LogProgress(Console.Out)
                    : new TerminalProgress(AnsiConsole.Console);
                var tally = await new BatchGrader(loaded, grader, store, options).GradeAsync(
                    folders,
                    progress,
                    cancellationToken
                );

                if (request is not null && share.Count == 1)
                    await SimilarityOptions.CompareAsync(request, classFolder, store.Directory, cancellationToken);
                else if (request is not null)
                    Console.WriteLine(
                        $"similarity: left to 'grader merge', which compares the whole class once, when shard {share}'s output is joined with the others"
                    );

                return await BatchEnding.FinishAsync(
                    store,
                    $"graded {tally.Graded}, kept {tally.Kept} unchanged, in {BatchTime.Format(tally.Elapsed)}",
                    cancellationToken,
                    wanted is null ? null : new GradebookRequest(wanted, roster!, gradebook.Settings(parse))
                );
            }
        );
        return command;
    }

    /// <summary>The class folder to grade and its roster: the folder given (with the roster a <c>class import</c>
    /// left in it, if any), or, with <c>--from</c>, the download imported into <c>&lt;out&gt;/class</c>.</summary>
    private static async Task<(string Folder, Roster? Roster)> ClassOf(
        ParseResult parse,
        Argument<string> folder,
        Option<string?> from,
        DownloadLimitOptions limits,
        string output,
        CancellationToken cancellationToken
    )
    {
        var input = parse.GetValue(folder)!;
        if (parse.GetValue(from) is not { } platform)
            return (input, Roster.Load(input));
        var imported = await ImportRun.RunAsync(
            new ImportRequest(
                input,
                Path.Combine(output, ClassFolderName),
                PlatformOption.Chosen(platform),
                limits.Limits(parse)
            ),
            cancellationToken
        );
        return (imported.Folder, imported.Roster);
    }

    /// <summary>Where <c>--from</c> imports the download in the output folder.</summary>
    public const string ClassFolderName = "class";
}
