namespace Grader.Labs.WebServer.Judges;

/// <summary>How a body relates to a file, with what a message needs to show it.</summary>
/// <param name="Kind">The relation.</param>
/// <param name="Change">For <see cref="BodyMatchKind.TextMode"/>, what text mode changed, in words that follow
/// <c>only because</c>.</param>
/// <param name="Extra">For <see cref="BodyMatchKind.LineEndsAfter"/> and <see cref="BodyMatchKind.MoreAfter"/>, the
/// bytes after the file.</param>
/// <param name="DiffersAt">For <see cref="BodyMatchKind.Differs"/>, the offset of the first byte that differs.</param>
public sealed record BodyMatch(BodyMatchKind Kind, string? Change = null, byte[]? Extra = null, int DiffersAt = 0);
