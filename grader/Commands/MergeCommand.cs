using System.CommandLine;
using Grader.Batch;
using Grader.Submissions;

namespace Grader.Commands;

/// <summary><c>grader merge &lt;out&gt;… --out &lt;folder&gt;</c>: joins the outputs of sharded batches into the output
/// of one whole batch.</summary>
internal static class MergeCommand
{
    public static Command Create()
    {
        var inputs = new Argument<string[]>("outputs")
        {
            Description = "The output folders of the batches to join (each one's --out).",
            Arity = ArgumentArity.OneOrMore,
        };
        var outFolder = new Option<string>("--out")
        {
            Description = "Where the joined results and reports go (may be one of the inputs).",
            Required = true,
        };
        var command = new Command(
            "merge",
            "Join the outputs of sharded batches: their results, then the class reports, as one whole batch would have written them."
        )
        {
            inputs,
            outFolder,
        };
        command.SetAction(
            async (parse, cancellationToken) =>
            {
                var sources = parse.GetValue(inputs)!;
                foreach (var source in sources)
                    if (!Directory.Exists(Path.Combine(source, "results")))
                        throw new SubmissionException($"{source} is not a batch's output: it has no results folder");
                var target = new ResultStore(parse.GetValue(outFolder)!);
                await OutputMerger.MergeAsync(
                    sources.Select(s => new ResultStore(s)).ToList(),
                    target,
                    cancellationToken
                );
                return await BatchEnding.FinishAsync(target, $"merged {sources.Length} outputs", cancellationToken);
            }
        );
        return command;
    }
}
