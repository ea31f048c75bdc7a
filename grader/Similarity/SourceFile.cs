namespace Grader.Similarity;

/// <summary>One program of one submission, fingerprinted once.</summary>
/// <param name="Submission">The submission's folder name.</param>
/// <param name="Program">What it is compared as: the role it plays, or <see cref="SubmissionSources.OtherProgram"/>
/// for any other source file.</param>
/// <param name="Path">Its path inside the submission, with <c>/</c>.</param>
/// <param name="Text">Its text, for the side-by-side view.</param>
/// <param name="Fingerprints">Its winnowed fingerprints, in order.</param>
public sealed record SourceFile(
    string Submission,
    string Program,
    string Path,
    string Text,
    IReadOnlyList<Fingerprint> Fingerprints
);
