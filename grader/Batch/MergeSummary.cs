using Grader.Results;

namespace Grader.Batch;

/// <summary>What <c>grader merge</c> joined: the shards it found and those it did not, and the submissions of the
/// class that no output holds or that two hold with the same verdicts.</summary>
/// <param name="Outputs">How many outputs were joined.</param>
/// <param name="Shards">The shares the outputs hold by their records, each once, in order.</param>
/// <param name="MissingShards">The shares of the split no output holds.</param>
/// <param name="DuplicatedShards">The shares two or more outputs hold.</param>
/// <param name="Unrecorded">The outputs without a <c>batch.json</c> (an older grader's, or results copied by hand),
/// whose share is not known.</param>
/// <param name="ClassSize">How many submissions the class has by the records, or null when no output has one.</param>
/// <param name="Missing">The class's submissions that no output graded or tried.</param>
/// <param name="GradedTwice">Submissions two outputs graded with the same verdicts, kept once.</param>
/// <param name="Result">The joined results.</param>
/// <param name="Record">The joined output's record, or null when no output has one.</param>
public sealed record MergeSummary(
    int Outputs,
    IReadOnlyList<string> Shards,
    IReadOnlyList<string> MissingShards,
    IReadOnlyList<string> DuplicatedShards,
    IReadOnlyList<string> Unrecorded,
    int? ClassSize,
    IReadOnlyList<string> Missing,
    IReadOnlyList<string> GradedTwice,
    ClassResult Result,
    BatchRecord? Record
)
{
    /// <summary>One line for standard output: what was joined.</summary>
    public string Line
    {
        get
        {
            var shards =
                Shards.Count == 0
                    ? "no shard recorded"
                    : $"shard{(Shards.Count == 1 ? "" : "s")} {string.Join(", ", Shards)}"
                        + (MissingShards.Count == 0 && DuplicatedShards.Count == 0 ? " (every one, once)" : "");
            var submissions = Result.Results.Count + Result.Ungraded.Count;
            var of = ClassSize is { } size ? $" of the class's {size}" : "";
            return $"merged {Outputs} output{(Outputs == 1 ? "" : "s")}: {shards}; {submissions} submission{(submissions == 1 ? "" : "s")}{of}";
        }
    }

    /// <summary>Lines for standard error: what is missing or was there twice.</summary>
    public IEnumerable<string> Warnings
    {
        get
        {
            if (MissingShards.Count > 0)
                yield return $"missing shard{(MissingShards.Count == 1 ? "" : "s")} {string.Join(", ", MissingShards)}: no output holds {(MissingShards.Count == 1 ? "it" : "them")}";
            if (DuplicatedShards.Count > 0)
                yield return $"shard{(DuplicatedShards.Count == 1 ? "" : "s")} {string.Join(", ", DuplicatedShards)} in more than one output";
            if (Unrecorded.Count > 0)
                yield return $"no batch.json in {string.Join(", ", Unrecorded)}: which shard {(Unrecorded.Count == 1 ? "it holds" : "they hold")} is not known";
            if (Missing.Count > 0)
                yield return $"{Missing.Count} submission{(Missing.Count == 1 ? "" : "s")} of the class in no output: {string.Join(", ", Missing)}";
            if (GradedTwice.Count > 0)
                yield return $"graded in two outputs with the same verdicts, kept once: {string.Join(", ", GradedTwice)}";
        }
    }
}
