using System.Globalization;
using Grader.Results;
using Grader.Rubric;
using Spectre.Console;

namespace Grader.Reports;

/// <summary>For people at a terminal, students first: a table of roles and checks, then each failure with its
/// diagnosis.</summary>
public sealed class ConsoleReport : IReport
{
    private const int TranscriptLines = 12;

    /// <inheritdoc />
    public string Format => "console";

    /// <inheritdoc />
    public Task WriteAsync(
        GradeResult result,
        ReportContext context,
        TextWriter output,
        CancellationToken cancellationToken
    )
    {
        result = result.For(context);
        var toTerminal = ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected;
        var console = AnsiConsole.Create(
            new AnsiConsoleSettings
            {
                Out = new AnsiConsoleOutput(output),
                Ansi = toTerminal ? AnsiSupport.Detect : AnsiSupport.No,
                ColorSystem = toTerminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
                Interactive = InteractionSupport.No,
                // Spectre's CI enrichers (GitHub Actions, Azure Pipelines, …) turn ANSI on whatever Ansi says: only a
                // terminal gets them, so a report written to a file or a pipe stays plain text everywhere.
                Enrichment = new ProfileEnrichment { UseDefaultEnrichers = toTerminal },
            }
        );
        if (!toTerminal)
            console.Profile.Width = 120;

        foreach (var notice in context.Notices)
            console.MarkupLine($"[yellow]note:[/] {Markup.Escape(notice)}");
        var verdict = result.Passed ? "[green]all required checks passed[/]" : "[red]some required checks failed[/]";
        var robustness =
            result.RobustnessMaxScore > 0 ? $" (robustness {result.RobustnessScore}/{result.RobustnessMaxScore})" : "";
        console.MarkupLine(
            $"[bold]{Markup.Escape(result.Submission)}[/]: {result.Score}/{result.MaxScore} points{robustness}, {verdict} "
                + $"[grey]({Markup.Escape(result.Assignment)}, {result.Sandbox} sandbox, {(result.DurationMs / 1000.0).ToString("0.0", CultureInfo.InvariantCulture)} s)[/]"
        );

        // What was done with the files before grading (unpacked, left out), each on its own line.
        foreach (var note in result.Notes)
            console.MarkupLine($"[grey]files:[/] {Markup.Escape(note)}");

        var shown = result.Checks.Where(c => context.Instructor || c.Visibility == Visibility.Visible).ToList();
        console.Write(Table(result, shown));

        var hidden = result.Checks.Where(c => !context.Instructor && c.Visibility == Visibility.Hidden).ToList();
        if (hidden.Count > 0)
            console.MarkupLine(
                $"{hidden.Count} hidden check{(hidden.Count == 1 ? "" : "s")}: {hidden.Count(c => c.Passed)} passed"
            );
        // Below the table rather than in it, each on one unbroken line: the manifest at its end must stay whole to be
        // copied.
        foreach (var role in result.Roles.Where(r => r.AlsoFound is not null))
        {
            var line = $"{role.Role}: {role.AlsoFound}";
            var width = console.Profile.Width;
            console.Profile.Width = Math.Max(width, line.Length + 1);
            console.MarkupLine($"[grey]{Markup.Escape(role.Role)}:[/] {Markup.Escape(role.AlsoFound!)}");
            console.Profile.Width = width;
        }

        foreach (var role in result.Roles.Where(r => r.Problem is not null))
        {
            console.WriteLine();
            console.MarkupLine($"[red]✘ {Markup.Escape(role.Role)}[/]: {Markup.Escape(role.Problem!)}");
        }
        foreach (var check in shown.Where(c => c.IsFault))
        {
            console.WriteLine();
            console.MarkupLine($"[red]✘ {Markup.Escape(check.Id)}[/] — {Markup.Escape(check.Title)}");
            console.MarkupLine($"  {Markup.Escape(check.Message)}");
            WriteTranscript(console, check);
            WriteOutput(console, check.Output);
        }

        // Robustness misses are advice, not faults: one line each, below the faults, so they never bury one.
        var misses = shown.Where(c => c.IsRobustnessMiss).ToList();
        if (misses.Count > 0)
        {
            console.WriteLine();
            console.MarkupLine(
                $"[yellow]Robustness[/] (not required, scored apart: {result.RobustnessScore}/{result.RobustnessMaxScore}; the JSON result has the transcripts):"
            );
            foreach (var check in misses)
                console.MarkupLine($"  [yellow]–[/] {Markup.Escape(check.Id)}: {Markup.Escape(check.Message)}");
        }
        return Task.CompletedTask;
    }

    private static Table Table(GradeResult result, IReadOnlyList<CheckResult> checks)
    {
        var table = new Table()
            .Border(TableBorder.Rounded)
            .AddColumn("Role")
            .AddColumn("Check")
            .AddColumn("Result")
            .AddColumn(new TableColumn("Points").RightAligned());
        foreach (var role in result.Roles)
        {
            var roleVerdict = role.Passed ? "[green]passed[/]" : "[red]failed[/]";
            var program = role.Reason is null ? role.Program ?? "missing" : ProgramChoice.Line(role);
            table.AddRow(
                new Markup($"[bold]{Markup.Escape(role.Role)}[/]"),
                new Markup($"[grey]{Markup.Escape(program)}[/]"),
                new Markup(roleVerdict),
                new Markup($"[bold]{role.Score}/{role.MaxScore}[/]")
            );
            foreach (var check in checks.Where(c => c.Role == role.Role))
            {
                var status = check.Status switch
                {
                    CheckStatus.Passed => "[green]✔ passed[/]",
                    CheckStatus.Failed => "[red]✘ failed[/]",
                    _ => "[grey]– skipped[/]",
                };
                var title = check.Required ? check.Title : $"{check.Title} (robustness)";
                table.AddRow("", Markup.Escape(title), status, $"{check.Points}/{check.MaxPoints}");
            }
        }
        return table;
    }

    private static void WriteTranscript(IAnsiConsole console, CheckResult check)
    {
        if (check.Transcript.Count == 0)
            return;
        console.MarkupLine("  [grey]what happened:[/]");
        foreach (var entry in check.Transcript.Take(TranscriptLines))
        {
            var data = entry.Data is null ? "" : $" {entry.Data}";
            console.MarkupLine(
                $"  [grey]{entry.AtMs.ToString("0.0", CultureInfo.InvariantCulture), 8} ms[/]  {Markup.Escape(entry.Peer), -14} {Markup.Escape(TranscriptText.Describe(entry.Event))}{Markup.Escape(data)}"
            );
        }
        if (check.Transcript.Count > TranscriptLines)
            console.MarkupLine(
                $"  [grey]… {check.Transcript.Count - TranscriptLines} more events in the JSON result[/]"
            );
    }

    private static void WriteOutput(IAnsiConsole console, ProgramOutput? output)
    {
        if (output is null)
            return;
        foreach (
            var (name, text) in new[]
            {
                ("standard output", output.StandardOutput),
                ("standard error", output.StandardError),
            }
        )
        {
            var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            if (lines.Length == 0)
                continue;
            console.MarkupLine($"  [grey]program's {name} (last lines):[/]");
            foreach (var line in lines.TakeLast(6))
                console.MarkupLine($"  │ {Markup.Escape(line.TrimEnd())}");
        }
    }
}
