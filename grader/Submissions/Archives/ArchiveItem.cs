namespace Grader.Submissions.Archives;

/// <summary>One entry of an archive as its format stores it, before the grader decides whether to unpack it.</summary>
/// <param name="Path">Its path inside the archive, as stored (any separator, possibly absolute or with <c>..</c>).</param>
/// <param name="Kind">A file, a folder, a link or something else.</param>
/// <param name="Open">Opens its content, for a file; valid until the next entry is read.</param>
/// <param name="Executable">Whether the archive marks it executable (a prebuilt program).</param>
internal sealed record ArchiveItem(string Path, ArchiveItemKind Kind, Func<Stream> Open, bool Executable = false);
