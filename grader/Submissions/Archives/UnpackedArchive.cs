namespace Grader.Submissions.Archives;

/// <summary>What unpacking one archive did, for the report.</summary>
/// <param name="Archive">The archive's path, relative to the submission folder.</param>
/// <param name="Files">The files it unpacked.</param>
/// <param name="Bytes">Their bytes.</param>
/// <param name="Skipped">What it left out and why, one line each ("`lab/link`: a link, not unpacked").</param>
/// <param name="Problem">Why it stopped, when it did (a limit reached, an archive it cannot read); null when it
/// unpacked everything it would.</param>
public sealed record UnpackedArchive(
    string Archive,
    int Files,
    long Bytes,
    IReadOnlyList<string> Skipped,
    string? Problem
)
{
    /// <summary>One line for a report: "unpacked `submission.zip`: 5 files", or "`submission.zip` unpacks to more than
    /// 64 MiB (the assignment's limit, `unpacked-bytes`): the rest is left out (3 files unpacked)", with what was
    /// left out.</summary>
    public string Describe()
    {
        var files = Files == 1 ? "1 file" : $"{Files} files";
        var line = Problem is null ? $"unpacked `{Archive}`: {files}" : $"`{Archive}` {Problem} ({files} unpacked)";
        return Skipped.Count == 0 ? line : $"{line}; left out: {string.Join("; ", Skipped)}";
    }
}
