namespace Grader.Benchmarks;

/// <summary>
/// Extra figures (S): the costs behind figure 1. The grader's own start-up (a grade that fails at once on a missing
/// folder), Python's start-up through the <c>python3</c> on the PATH and through the real interpreter, the
/// namespace sandbox's wrappers around one launch, and the grader built with ReadyToRun or run without tiered PGO.
/// </summary>
internal sealed class StartupSection : IBenchmarkSection
{
    private const string Submission = "submissions/python-correct";
    private const string RequiredOnly = "benchmarks/required-only.yaml";

    /// <inheritdoc />
    public string Name => "startup";

    /// <inheritdoc />
    public string Title => "S. start-up costs";

    /// <inheritdoc />
    public async Task<IReadOnlyList<Figure>> RunAsync(BenchmarkContext context, CancellationToken cancellationToken)
    {
        var ws = context.Workspace;
        var figures = new List<Figure>();
        var r2r = Path.Combine(ws.Scratch, "grader-r2r");
        context.Log.Progress("dotnet publish grader -c Release -r linux-x64 -p:PublishReadyToRun=true");
        var published = await new ChildCommand(
            "dotnet",
            [
                "publish",
                "grader",
                "-c",
                "Release",
                "-r",
                "linux-x64",
                "--self-contained",
                "false",
                "-p:PublishReadyToRun=true",
                "-o",
                r2r,
                "-nologo",
                "-v",
                "quiet",
            ]
        ).RunAsync(ws.Root, cancellationToken);
        var haveR2r = published.ExitCode == 0;
        if (!haveR2r)
            figures.Add(Figure.Info("S", "ReadyToRun not measured", $"publish failed: {published.FirstLine}"));

        var missing = Path.Combine(ws.Scratch, "no-such-submission");
        ChildCommand R2r(params string[] args) => new("dotnet", [Path.Combine(r2r, "grader.dll"), .. args]);
        var wrapped = new ChildCommand(
            "unshare",
            [
                "--net",
                "--pid",
                "--fork",
                "--kill-child",
                "--mount-proc",
                "setpriv",
                "--pdeathsig",
                "KILL",
                ws.Python,
                "-c",
                "pass",
            ]
        );
        List<Side> sides =
        [
            new(
                "python3 -c pass (the python3 on the PATH)",
                ct => new ChildCommand("python3", ["-c", "pass"]).RunAsync(ws.Root, ct)
            ),
            new($"{ws.Python} -c pass", ct => new ChildCommand(ws.Python, ["-c", "pass"]).RunAsync(ws.Root, ct)),
            new("the same in a new network and PID namespace (unshare, setpriv)", ct => wrapped.RunAsync(ws.Root, ct)),
            new("grader start-up (grade a missing folder)", ct => ws.Grader("grade", missing).RunAsync(ws.Root, ct)),
            new(
                "grade, required checks only",
                ct =>
                    ws.Grader("grade", Submission, "--format", "json", "--assignment", RequiredOnly)
                        .RunAsync(ws.Root, ct)
            ),
            new(
                "grade, required checks only, DOTNET_TieredPGO=0",
                ct =>
                    ws.Grader("grade", Submission, "--format", "json", "--assignment", RequiredOnly)
                        .WithEnvironment("DOTNET_TieredPGO", "0")
                        .RunAsync(ws.Root, ct)
            ),
        ];
        if (haveR2r)
        {
            sides.Add(new("grader start-up, ReadyToRun", ct => R2r("grade", missing).RunAsync(ws.Root, ct)));
            sides.Add(
                new(
                    "grade, required checks only, ReadyToRun",
                    ct =>
                        R2r("grade", Submission, "--format", "json", "--assignment", RequiredOnly).RunAsync(ws.Root, ct)
                )
            );
        }
        var samples = await Alternation.RunAsync(
            sides,
            context.Settings.Runs,
            warmUp: true,
            context.Log,
            cancellationToken
        );
        figures.AddRange(samples.Select(s => Figure.Info("S", s.Name, s.Describe())));
        return figures;
    }
}
