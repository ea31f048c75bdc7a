using Grader.Platforms;
using Spectre.Console;

namespace Grader.Commands;

/// <summary>How <c>class import</c> and <c>batch --from</c> import a download and say what they did: which platform
/// (and that <c>auto</c> chose it), how many students and files, and every decision worth a look.</summary>
internal static class ImportRun
{
    /// <summary>Imports <paramref name="request"/>'s download, with progress on a terminal or in the log, and
    /// prints what it found.</summary>
    public static async Task<ImportedClass> RunAsync(ImportRequest request, CancellationToken cancellationToken)
    {
        IImportProgress progress = Console.IsOutputRedirected
            ? new LogImportProgress(Console.Out)
            : new TerminalImportProgress(AnsiConsole.Console);
        var imported = await ClassImporter.ImportAsync(request, progress, cancellationToken);
        var layout = DownloadLayouts.For(imported.Platform);
        Console.WriteLine(
            request.Platform is null
                ? $"--from auto: {request.Download} is a {imported.Platform.Title()} download (named {layout.Naming})"
                : $"read {request.Download} as a {imported.Platform.Title()} download (named {layout.Naming})"
        );
        var students = imported.Roster.Students;
        Console.WriteLine(
            $"imported {students.Count} student{(students.Count == 1 ? "" : "s")}, {imported.Files} file{(imported.Files == 1 ? "" : "s")}, into {imported.Folder} (who is who: {Roster.FileName})"
        );
        foreach (var note in imported.Notes)
            Console.WriteLine($"  {note}");
        foreach (var student in students)
        foreach (var note in student.Notes)
            Console.WriteLine($"  {student.Folder}: {note}");
        return imported;
    }
}
