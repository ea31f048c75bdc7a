using System.CommandLine;
using Grader.Batch;
using Grader.Checks;
using Grader.Grading;
using Grader.Rubric;
using Grader.Sandboxes;
using Grader.Sandboxes.Containers;
using Spectre.Console;

namespace Grader.Commands;

/// <summary><c>grader batch &lt;folder&gt; --out &lt;folder&gt;</c>: grades a whole class, resumably, and writes the
/// class reports.</summary>
internal static class BatchCommand
{
    public static Command Create()
    {
        var folder = new Argument<string>("submissions")
        {
            Description = "The folder of submissions: one folder per student.",
        };
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
        };
        var resume = new Option<bool>("--resume")
        {
            Description =
                "Keep the stored results of submissions unchanged since they were graded; grade the rest.",
        };
        var only = new Option<string[]>("--only")
        {
            Description = "Grade only these submissions (folder names).",
            AllowMultipleArgumentsPerToken = true,
        };
        var shard = new Option<string>("--shard")
        {
            Description =
                "Grade share K of N (K/N), for a CI matrix of N jobs; join their outputs with 'grader merge'.",
            DefaultValueFactory = _ => "1/1",
        };
        var assignment = new Option<string?>("--assignment")
        {
            Description =
                "An assignment file (YAML) to grade against instead of the lab's own rubric.",
        };
        var sandbox = new Option<string>("--sandbox")
        {
            Description =
                "Where programs run: auto (the strongest available), namespace, direct, or docker (a container per submission).",
            DefaultValueFactory = _ => "auto",
        };
        sandbox.AcceptOnlyFromAmong(
            Enum.GetNames<SandboxKind>().Select(n => n.ToLowerInvariant()).ToArray()
        );
        var sharing = ShareOption.Create();
        var image = ImageOption.Create();

        var command = new Command(
            "batch",
            "Grade every submission in a folder, several at once, storing each result as it finishes; then write the class reports."
        )
        {
            folder,
            outFolder,
            parallel,
            resume,
            only,
            shard,
            assignment,
            sandbox,
            image,
            sharing,
        };
        command.SetAction(
            async (parse, cancellationToken) =>
            {
                Shard share;
                try
                {
                    share = Shard.Parse(parse.GetValue(shard)!);
                }
                catch (ArgumentException e)
                {
                    Console.Error.WriteLine($"grader: {e.Message}");
                    return ExitCodes.BadInput;
                }
                if (parse.GetValue(parallel) < 1)
                {
                    Console.Error.WriteLine("grader: --parallel takes a number of at least 1");
                    return ExitCodes.BadInput;
                }
                var kind = Enum.Parse<SandboxKind>(parse.GetValue(sandbox)!, ignoreCase: true);
                var (shared, shareProblem) = ShareOption.Resolve(parse.GetValue(sharing) ?? []);
                if (shareProblem is null && shared.Count > 0 && kind == SandboxKind.Docker)
                    shareProblem = "--share does not reach into --sandbox docker's containers";
                if (shareProblem is not null)
                {
                    Console.Error.WriteLine($"grader: {shareProblem}");
                    return ExitCodes.BadInput;
                }
                var loaded = parse.GetValue(assignment) is { } file
                    ? AssignmentLoader.LoadFile(file, CheckCatalog.Kinds)
                    : AssignmentLoader.LoadShipped(CheckCatalog.Kinds);
                var folders = ClassFolder.Select(
                    parse.GetValue(folder)!,
                    parse.GetValue(only) ?? [],
                    share
                );
                var (grader, notice) = await GraderFactory.CreateAsync(
                    kind,
                    loaded,
                    new ContainerSettings(parse.GetValue(image)!, parse.GetValue(assignment)),
                    shared,
                    cancellationToken
                );
                if (notice is not null)
                    Console.Error.WriteLine($"grader: note: {notice}");

                var store = new ResultStore(parse.GetValue(outFolder)!);
                var options = new BatchOptions(parse.GetValue(parallel), parse.GetValue(resume));
                IBatchProgress progress = Console.IsOutputRedirected
                    ? new LogProgress(Console.Out)
                    : new TerminalProgress(AnsiConsole.Console);
                var tally = await new BatchGrader(loaded, grader, store, options).GradeAsync(
                    folders,
                    progress,
                    cancellationToken
                );

                return await BatchEnding.FinishAsync(
                    store,
                    $"graded {tally.Graded}, kept {tally.Kept} unchanged, in {BatchTime.Format(tally.Elapsed)}",
                    cancellationToken
                );
            }
        );
        return command;
    }
}
