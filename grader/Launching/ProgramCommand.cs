namespace Grader.Launching;

/// <summary>A program to start: what to run, with which arguments, where and with which extra environment.</summary>
public sealed record ProgramCommand(
    string FileName,
    IReadOnlyList<string> Arguments,
    string WorkingDirectory,
    IReadOnlyDictionary<string, string?>? Environment = null
)
{
    /// <summary>
    /// The folders the program runs from (the submission and its build output): a sandbox copies them afresh for every
    /// launch, so a program that deletes or rewrites its files cannot change what the next launch runs.
    /// </summary>
    public IReadOnlyList<string> Folders { get; init; } = [];

    /// <summary>Files written into the copy of the working folder before the program starts (<see
    /// cref="LaunchFile"/>); the working folder must be in <see cref="Folders"/>.</summary>
    public IReadOnlyList<LaunchFile> Files { get; init; } = [];

    /// <summary>
    /// A folder the program writes in that no kernel limit bounds (the direct sandbox's scratch folder): the grader
    /// watches its growth itself, and kills the program once it has written more than <see
    /// cref="LaunchLimits.ScratchBytes"/> there.
    /// </summary>
    public string? WatchedScratch { get; init; }

    /// <summary>
    /// Folders the program writes in place rather than in a copy, so what it leaves there outlasts the launch: a
    /// build's work folder, whose outputs later launches run. A sandbox lends them to the launch's user while it runs.
    /// </summary>
    public IReadOnlyList<string> WritableFolders { get; init; } = [];

    /// <summary>
    /// Files and folders outside the program's own that it may read but not change, such as what the grader's operator
    /// shares with every build (<c>--share</c>) or a package cache; a sandbox that hides the host's files shows these
    /// read-only.
    /// </summary>
    public IReadOnlyList<string> ReadOnlyPaths { get; init; } = [];

    /// <summary>
    /// Whether the deadlines that judge the program count wall time rather than its own (<see cref="ProgramClock"/>):
    /// a sandbox that reads no kernel's run queues (the portable one) sets it.
    /// </summary>
    public bool OnWallTime { get; init; }

    /// <summary>This command run by <paramref name="fileName"/> with <paramref name="prefix"/> before it, as wrappers
    /// such as <c>nsenter</c> do.</summary>
    public ProgramCommand WrappedBy(string fileName, params IEnumerable<string> prefix) =>
        this with
        {
            FileName = fileName,
            Arguments = [.. prefix, "--", FileName, .. Arguments],
        };

    /// <summary>This command with <paramref name="variables"/> added to its environment (replacing any of the same
    /// name).</summary>
    public ProgramCommand WithEnvironment(IEnumerable<KeyValuePair<string, string?>> variables)
    {
        var merged = new Dictionary<string, string?>(Environment ?? new Dictionary<string, string?>());
        foreach (var (name, value) in variables)
            merged[name] = value;
        return this with { Environment = merged };
    }

    /// <summary>The command line as a user would type it, for reports.</summary>
    public override string ToString() =>
        string.Join(
            ' ',
            new[] { FileName }.Concat(Arguments).Select(a => a.Contains(' ', StringComparison.Ordinal) ? $"\"{a}\"" : a)
        );
}
