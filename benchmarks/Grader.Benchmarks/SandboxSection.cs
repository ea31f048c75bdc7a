namespace Grader.Benchmarks;

/// <summary>
/// Figure 4: <c>grader grade submissions/python-correct</c> (full rubric) in the direct, namespace and docker
/// sandboxes, alternating; docker only when <c>docker info</c> answers and the runtime image grades.
/// </summary>
internal sealed class SandboxSection : IBenchmarkSection
{
    private const string Submission = "submissions/python-correct";
    private static readonly TimeSpan DockerInfoTimeLimit = TimeSpan.FromSeconds(20);

    /// <inheritdoc />
    public string Name => "sandboxes";

    /// <inheritdoc />
    public string Title => "4. sandbox overhead";

    /// <inheritdoc />
    public async Task<IReadOnlyList<Figure>> RunAsync(BenchmarkContext context, CancellationToken cancellationToken)
    {
        var ws = context.Workspace;
        var figures = new List<Figure>();
        List<string> sandboxes = ["namespace", "direct"];
        var (docker, why) = await DockerAnswersAsync(ws, cancellationToken);
        if (docker)
        {
            // A trial run: an engine without the runtime image (grader image build) cannot grade, exit code 3. Tried up
            // to three times, because another grader starting on the same engine may remove this one's container
            // meanwhile.
            Measurement? trial = null;
            for (var attempt = 0; attempt < 3 && trial is not { ExitCode: 0 or 1 }; attempt++)
                trial = await Grade(ws, "docker").RunAsync(ws.Root, cancellationToken);
            if (trial is { ExitCode: 0 or 1 })
                sandboxes.Add("docker");
            else
                why = $"docker answers but cannot grade: {trial!.FirstLine}";
        }
        if (why is not null)
            figures.Add(Figure.Info("4", "docker sandbox not measured", why));

        var samples = await Alternation.RunAsync(
            sandboxes.Select(s => new Side($"--sandbox {s}", ct => Grade(ws, s).RunAsync(ws.Root, ct))).ToList(),
            context.Settings.Runs,
            warmUp: true,
            context.Log,
            cancellationToken
        );
        // Failed runs (see above) are reported and left out of the medians, which are of gradings that ran to the end.
        foreach (var sample in samples)
        {
            if (sample.Failures() is { } failures)
                figures.Add(failures);
        }
        samples = samples
            .Select(s =>
                s.Runs.Any(r => r.ExitCode == 0) ? s with { Runs = s.Runs.Where(r => r.ExitCode == 0).ToList() } : s
            )
            .ToList();
        var ns = samples[0];
        foreach (var sample in samples)
        {
            var vs =
                sample == ns
                    ? ""
                    : $", {sample.Median / ns.Median:0.00}× namespace ({Signed(sample.Median - ns.Median)})";
            figures.Add(Figure.Info("4", sample.Name, $"{sample.Describe()}{vs}"));
        }
        return figures;
    }

    private static ChildCommand Grade(Workspace ws, string sandbox) =>
        ws.Grader("grade", Submission, "--format", "json", "--sandbox", sandbox);

    private static string Signed(TimeSpan t) => $"{(t >= TimeSpan.Zero ? "+" : "−")}{Math.Abs(t.TotalSeconds):0.00} s";

    private static async Task<(bool Answers, string? Why)> DockerAnswersAsync(
        Workspace ws,
        CancellationToken cancellationToken
    )
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(DockerInfoTimeLimit);
        try
        {
            var info = await new ChildCommand("docker", ["info", "--format", "{{.ServerVersion}}"]).RunAsync(
                ws.Root,
                limit.Token
            );
            return info.ExitCode == 0 ? (true, null) : (false, $"`docker info` failed: {info.FirstLine}");
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return (false, "no docker command on this machine");
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return (false, $"`docker info` did not answer within {DockerInfoTimeLimit.TotalSeconds:0} s");
        }
    }
}
