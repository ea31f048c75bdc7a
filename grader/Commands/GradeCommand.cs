using System.CommandLine;
using Grader.Errors;
using Grader.Reports;
using Grader.Results;
using Grader.Sandboxes;

namespace Grader.Commands;

/// <summary><c>grader grade &lt;submission&gt;</c>: grades one submission folder and reports the verdict.</summary>
internal static class GradeCommand
{
    private const string DefaultCaptures = "grader-captures";

    public static Command Create()
    {
        var submission = new Argument<string>("submission")
        {
            Description =
                "The submission folder: the student's programs, or a submission.yaml naming them; or one file, such as a zip of them.",
        };
        submission.Validators.Add(result =>
        {
            // A file is graded as a folder holding only it; a link as what it leads to.
            if (result.GetValueOrDefault<string>() is { } folder && !Path.Exists(folder))
                result.AddError($"no submission folder at {folder}");
        });
        var format = new Option<string>("--format")
        {
            Description = $"How to report: {string.Join(", ", ReportFormats.All.Select(r => r.Format))}.",
            DefaultValueFactory = _ => "console",
        };
        format.AcceptOnlyFromAmong(ReportFormats.All.Select(r => r.Format).ToArray());
        var output = new Option<string?>("--output")
        {
            Description = "Write the report to this file instead of standard output.",
        };
        output.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is not { } path)
                return;
            if (path.Length == 0)
                result.AddError("--output takes the name of a file to write");
            else if (Path.GetDirectoryName(Path.GetFullPath(path)) is { } folder && !Directory.Exists(folder))
                result.AddError($"--output: there is no folder {folder} to write {path} in");
        });
        var instructor = new Option<bool>("--instructor") { Description = "Show hidden checks in detail." };
        var summary = new Option<string?>("--summary")
        {
            Description =
                "Append a Markdown summary to this file (default: $GITHUB_STEP_SUMMARY when set, as in GitHub Actions).",
            DefaultValueFactory = _ => CiEnvironment.StepSummary,
        };

        var captures = new Option<string>("--captures")
        {
            Description =
                "Write each check's traffic, as captured on its network, into this folder: one pcap file per check, for Wireshark (namespace and docker sandboxes).",
            DefaultValueFactory = _ => DefaultCaptures,
        };
        captures.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string>() is { Length: 0 })
                result.AddError("--captures takes the name of a folder to write captures in");
        });
        var noCaptures = new Option<bool>("--no-captures") { Description = "Capture nothing." };
        // The docker sandbox's worker: its captures go out in its JSON result, not to files.
        var frames = new Option<long?>(CaptureFrames.Option) { Hidden = true };

        var command = new Command(
            "grade",
            "Grade one submission: run the lab's programs in it (lab 1's five, a web server, a UDP pinger or a mail client), probe them over real sockets, report a verdict per role and check."
        )
        {
            submission,
            format,
            output,
            instructor,
            summary,
            captures,
            noCaptures,
            frames,
        };
        var how = new GradingOptions();
        how.AddTo(command);
        command.SetAction(
            async (parse, cancellationToken) =>
            {
                var worker = parse.GetValue(frames);
                // On by default where a sandbox can capture (Linux); elsewhere only when asked for, to be told why not.
                var asked = parse.GetResult(captures) is { Implicit: false };
                var capturing =
                    worker is null
                    && !parse.GetValue(noCaptures)
                    && (asked || OperatingSystem.IsLinux())
                    && CaptureStart.Usable();
                var (_, grader, notice) = await how.CreateGraderAsync(
                    parse,
                    cancellationToken,
                    worker is { } most ? new CaptureSettings(most)
                        : capturing ? CaptureSettings.Default
                        : null
                );

                var result = await grader.GradeAsync(parse.GetValue(submission)!, cancellationToken);

                if (worker is not null)
                    result = CaptureFrames.Pack(result);

                var notices = notice is null ? new List<string>() : [notice];
                string? links = null;
                if (capturing)
                {
                    var folder = parse.GetValue(captures)!;
                    (result, var problem) = CaptureFiles.Write(result, folder);
                    if (problem is not null)
                        notices.Add(problem);
                    else if (result.Checks.Any(c => c.Capture is not null))
                    {
                        // Links go from the report's folder (the working folder for standard output) to the captures.
                        var from = parse.GetValue(output) is { } file
                            ? Path.GetDirectoryName(Path.GetFullPath(file))!
                            : Directory.GetCurrentDirectory();
                        links = Path.GetRelativePath(from, Path.GetFullPath(folder));
                        notices.Add(
                            $"captures: {folder}{Path.DirectorySeparatorChar} holds each check's traffic, one pcap file per check (open it in Wireshark)"
                        );
                    }
                }

                var report = ReportFormats.Named(parse.GetValue(format)!);
                var context = new ReportContext(parse.GetValue(instructor), notices) { Captures = links };
                await CiEnvironment.PublishAsync(
                    result,
                    context,
                    parse.GetValue(summary),
                    toStandardOutput: parse.GetValue(output) is null,
                    cancellationToken
                );
                if (parse.GetValue(output) is { } path)
                {
                    await using var writer = new StreamWriter(path);
                    await report.WriteAsync(result, context, writer, cancellationToken);
                }
                else
                {
                    await report.WriteAsync(result, context, Console.Out, cancellationToken);
                }
                return result.Passed ? ExitCodes.Passed : ExitCodes.Failed;
            }
        );
        return command;
    }
}
