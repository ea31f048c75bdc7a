namespace Grader.Tests.Architecture;

/// <summary>A link or image in a Markdown page: the line it is on and where it points, as written.</summary>
public sealed record MarkdownLink(int Line, string Target);
