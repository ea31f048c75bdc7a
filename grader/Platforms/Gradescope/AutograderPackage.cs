using System.IO.Compression;
using System.Text;
using Grader.Rubric;

namespace Grader.Platforms.Gradescope;

/// <summary>
/// The zip Gradescope takes as a programming assignment's autograder: <c>setup.sh</c> and <c>run_autograder</c> at its
/// root, the rubric as <c>assignment.yaml</c>, and the grader under <c>bin/</c>. Gradescope unpacks it into
/// <c>/autograder/source</c>, runs <c>setup.sh</c> once, then <c>run_autograder</c> for each submission.
/// </summary>
/// <param name="Assignment">The rubric it grades by, already loaded, so a bad one is refused here and not on
/// Gradescope.</param>
/// <param name="AssignmentText">The rubric's YAML, as it goes into the zip.</param>
/// <param name="Packages">The Debian packages <c>setup.sh</c> installs when missing: Python 3 and the compilers of the
/// languages students may write in.</param>
/// <param name="Grader">The grader it carries.</param>
/// <param name="Environment">What <c>run_autograder</c> sets for the grader: the range of user ids its launches run
/// as.</param>
public sealed record AutograderPackage(
    Assignment Assignment,
    string AssignmentText,
    IReadOnlyList<string> Packages,
    AutograderGrader Grader,
    IReadOnlyList<(string Name, string Value)> Environment
)
{
    private const int Executable = 0b111_101_101; // rwxr-xr-x
    private const int Readable = 0b110_100_100; // rw-r--r--

    /// <summary>The <c>--lab</c> <c>run_autograder</c> passes: the grader's lab the rubric is for, or null for a lab of
    /// the rubric's own (<c>based-on:</c>), which the rubric names itself.</summary>
    public string? LabArgument => Assignment.Lab.Base is null ? Assignment.Lab.Name : null;

    /// <summary>The names of the zip's entries, in order.</summary>
    public IReadOnlyList<string> EntryNames =>
        ["setup.sh", "run_autograder", "assignment.yaml", .. Grader.Files.Select(file => $"bin/{file.Name}")];

    /// <summary>
    /// Writes the zip to <paramref name="path"/>, replacing a file there only once the whole zip is written. The
    /// scripts and the grader carry Unix permissions (rwxr-xr-x), which Gradescope's unzip keeps; <c>setup.sh</c> sets
    /// them again for a zip repacked elsewhere.
    /// </summary>
    /// <exception cref="PackageException">The zip cannot be written there, or a file of the grader cannot be
    /// read.</exception>
    public async Task WriteAsync(string path, CancellationToken cancellationToken)
    {
        var full = Path.GetFullPath(path);
        var temporary = Path.Combine(
            Path.GetDirectoryName(full)!,
            $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.partial"
        );
        try
        {
            await using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write))
            {
                await using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
                {
                    await AddTextAsync(zip, "setup.sh", AutograderScripts.Setup(this), Executable, cancellationToken);
                    await AddTextAsync(
                        zip,
                        "run_autograder",
                        AutograderScripts.Run(this),
                        Executable,
                        cancellationToken
                    );
                    await AddTextAsync(zip, "assignment.yaml", AssignmentText, Readable, cancellationToken);
                    foreach (var (name, source) in Grader.Files)
                    {
                        var entry = NewEntry(zip, $"bin/{name}", Grader.IsSingleFile ? Executable : Readable);
                        await using var input = File.OpenRead(source);
                        await using var output = await entry.OpenAsync(cancellationToken);
                        await input.CopyToAsync(output, cancellationToken);
                    }
                }
                stream.Flush(flushToDisk: true);
            }
            File.Move(temporary, full, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            File.Delete(temporary);
            throw new PackageException($"cannot write {path}: {e.Message}", e);
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
    }

    private static async Task AddTextAsync(
        ZipArchive zip,
        string name,
        string text,
        int mode,
        CancellationToken cancellationToken
    )
    {
        await using var output = await NewEntry(zip, name, mode).OpenAsync(cancellationToken);
        await output.WriteAsync(new UTF8Encoding(false).GetBytes(text), cancellationToken);
    }

    // A regular file's Unix mode in the high half of the external attributes, where Info-ZIP's unzip reads it.
    private static ZipArchiveEntry NewEntry(ZipArchive zip, string name, int mode)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        entry.ExternalAttributes = (0x8000 | mode) << 16;
        return entry;
    }
}
