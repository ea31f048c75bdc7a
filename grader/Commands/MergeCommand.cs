using System.CommandLine;
using Grader.Batch;
using Grader.Errors;
using Grader.Platforms;
using Grader.Platforms.Gradebooks;
using Grader.Submissions;

namespace Grader.Commands;

/// <summary><c>grader merge &lt;out&gt;… --out &lt;folder&gt;</c>: joins the outputs of sharded batches into the output
/// of one whole batch, with their rosters and, with <c>--gradebook</c>, the platform's gradebook file.</summary>
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
        var classFolder = new Option<string?>("--class")
        {
            Description =
                "The class folder the shards graded, where it is on this machine (default: where batch.json says), for the similarity report merge compares when the shards were given --similarity.",
        };
        var gradebook = new GradebookOptions();
        var command = new Command(
            "merge",
            "Join the outputs of sharded batches: their results, then the class reports, as one whole batch would have written them."
        )
        {
            inputs,
            outFolder,
            classFolder,
        };
        gradebook.AddTo(command);
        command.Validators.Add(result =>
        {
            if (gradebook.Gradebook(result) is not { } wanted || result.GetValue(inputs) is not { Length: > 0 } sources)
                return;
            try
            {
                if (Gradebooks.Refusal(wanted, JoinedRoster(sources), string.Join(", ", sources)) is { } refusal)
                    result.AddError(refusal);
            }
            catch (DownloadException e)
            {
                result.AddError(e.Message);
            }
        });
        command.SetAction(
            async (parse, cancellationToken) =>
            {
                var sources = parse.GetValue(inputs)!;
                foreach (var source in sources)
                    if (!Directory.Exists(Path.Combine(source, "results")))
                        throw new SubmissionException($"{source} is not a batch's output: it has no results folder");
                // Pairs cross shards: the merged class is compared once, as one whole batch would have. Where it is
                // is known before anything is written.
                var compared = sources.Select(BatchRecord.Load).FirstOrDefault(r => r?.Similarity is not null)?.Class;
                var comparedIn = compared is null ? null : parse.GetValue(classFolder) ?? compared;
                if (comparedIn is not null && !Directory.Exists(comparedIn))
                    throw new SubmissionException(
                        $"the shards asked for a similarity report of the class at {comparedIn}, which is not on this machine: give its folder with --class"
                    );
                var roster = JoinedRoster(sources);
                var target = new ResultStore(parse.GetValue(outFolder)!);
                var summary = await OutputMerger.MergeAsync(
                    sources.Select(s => new ResultStore(s)).ToList(),
                    target,
                    cancellationToken
                );
                if (roster is not null)
                    await roster.SaveAsync(target.Directory, cancellationToken);
                Console.WriteLine(summary.Line);
                foreach (var warning in summary.Warnings)
                    Console.Error.WriteLine($"grader: {warning}");
                if (summary.Record?.Similarity is { } request)
                    await SimilarityOptions.CompareAsync(request, comparedIn!, target.Directory, cancellationToken);
                var wanted = gradebook.Gradebook(parse);
                var code = await BatchEnding.FinishAsync(
                    target,
                    "joined",
                    cancellationToken,
                    wanted is null ? null : new GradebookRequest(wanted, roster!, gradebook.Settings(parse))
                );
                return summary.Missing.Count > 0 || summary.MissingShards.Count > 0
                    ? Math.Max(code, ExitCodes.CouldNotGrade)
                    : code;
            }
        );
        return command;
    }

    /// <summary>The rosters of <paramref name="sources"/> as one (shards of one download hold the same one), or null
    /// when none has one.</summary>
    /// <exception cref="DownloadException">Two rosters give one folder to different students.</exception>
    private static Roster? JoinedRoster(IReadOnlyList<string> sources)
    {
        var students = new Dictionary<string, RosterEntry>(StringComparer.Ordinal);
        var any = false;
        foreach (var source in sources)
        {
            if (!Directory.Exists(source) || Roster.Load(source) is not { } roster)
                continue;
            any = true;
            foreach (var student in roster.Students)
            {
                if (
                    students.TryGetValue(student.Folder, out var earlier)
                    && (earlier.Id, earlier.Platform) != (student.Id, student.Platform)
                )
                    throw new DownloadException(
                        $"the rosters of the outputs disagree on {student.Folder} ({earlier.Platform.Title()} id {earlier.Id}, then {student.Platform.Title()} id {student.Id}): merge outputs of one download"
                    );
                students[student.Folder] = student;
            }
        }
        return any ? new Roster(students.Values.OrderBy(s => s.Folder, StringComparer.Ordinal).ToList()) : null;
    }
}
