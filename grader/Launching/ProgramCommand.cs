namespace Grader.Launching;

/// <summary>A program to start: what to run, with which arguments, where and with which extra environment.</summary>
public sealed record ProgramCommand(
    string FileName,
    IReadOnlyList<string> Arguments,
    string WorkingDirectory,
    IReadOnlyDictionary<string, string?>? Environment = null)
{
    /// <summary>This command run by <paramref name="fileName"/> with <paramref name="prefix"/> before it, as wrappers such as <c>nsenter</c> do.</summary>
    public ProgramCommand WrappedBy(string fileName, params IEnumerable<string> prefix) =>
        this with { FileName = fileName, Arguments = [.. prefix, "--", FileName, .. Arguments] };

    /// <summary>The command line as a user would type it, for reports.</summary>
    public override string ToString() =>
        string.Join(' ', new[] { FileName }.Concat(Arguments).Select(a => a.Contains(' ', StringComparison.Ordinal) ? $"\"{a}\"" : a));
}
