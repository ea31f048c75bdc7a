using System.Diagnostics;

namespace Grader.Tests.Support;

/// <summary>
/// Submissions holding what a folder may hold that is no plain file, made at test time (git cannot hold most of them),
/// each beside <c>python-correct</c>'s programs unless it is the whole submission: a link loop, links out of the
/// submission, a file its owner may not read, a name that is not valid UTF-8, a 1 GiB file, a named pipe, an empty
/// folder, and a file where a folder was expected. Each comes with the note a report must give for it.
/// </summary>
public static class BadInputs
{
    /// <summary>One bad submission: its name in the class folder, the notes its report must hold, and whether its
    /// programs are all there (so it must get full marks).</summary>
    public sealed record Case(string Name, IReadOnlyList<string> Notes, bool FullMarks);

    /// <summary>The folder of a correct submission among them, which must keep its full marks and get no note.</summary>
    public const string Correct = "correct";

    /// <summary>Writes every bad submission, and <see cref="Correct"/>, into <paramref name="classFolder"/>.</summary>
    public static IReadOnlyList<Case> WriteClass(string classFolder)
    {
        Directory.CreateDirectory(classFolder);
        var cases = new List<Case>();
        string Beside(string name, params string[] notes)
        {
            var folder = Path.Combine(classFolder, name);
            CopyCorrect(folder);
            cases.Add(new Case(name, notes, FullMarks: true));
            return folder;
        }

        CopyCorrect(Path.Combine(classFolder, Correct));
        cases.Add(new Case(Correct, [], FullMarks: true));

        var loop = Beside("link-loop", "left out `a/loop`: a link to a folder (`..`), not followed");
        Directory.CreateDirectory(Path.Combine(loop, "a"));
        Directory.CreateSymbolicLink(Path.Combine(loop, "a", "loop"), "..");

        var outside = Beside(
            "links-outside",
            "left out `secret`: a link to `/etc/passwd`, outside the submission",
            "left out `up`: a link to `../..`, outside the submission"
        );
        File.CreateSymbolicLink(Path.Combine(outside, "secret"), "/etc/passwd");
        Directory.CreateSymbolicLink(Path.Combine(outside, "up"), "../..");

        var unreadable = Beside("unreadable", "left out `notes.txt`: its owner may not read it (mode 000)");
        File.WriteAllText(Path.Combine(unreadable, "notes.txt"), "my notes\n");
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(Path.Combine(unreadable, "notes.txt"), UnixFileMode.None);

        var badName = Beside("bad-name", "left out `bad\uFFFD.py`: its name is not valid UTF-8");
        Shell(badName, "touch \"$(printf 'bad\\377.py')\"");

        var huge = Beside(
            "huge-file",
            "left out `data.bin`: 1 GiB, more than is left of the 64 MiB a submission may take (the assignment's limit, `unpacked-bytes`)"
        );
        using (var file = File.Create(Path.Combine(huge, "data.bin")))
            file.SetLength(1L << 30); // sparse: no disk is used

        var pipe = Beside("named-pipe", "left out `pipe`: a named pipe, not a file");
        Shell(pipe, "mkfifo pipe");

        Directory.CreateDirectory(Path.Combine(classFolder, "empty"));
        cases.Add(new Case("empty", ["`empty` holds no files"], FullMarks: false));

        File.WriteAllText(Path.Combine(classFolder, "not-a-folder.txt"), "my programs are on my laptop\n");
        cases.Add(
            new Case(
                "not-a-folder.txt",
                ["`not-a-folder.txt` is a file, not a folder: graded as a folder holding only it"],
                FullMarks: false
            )
        );
        return cases;
    }

    /// <summary>Copies <c>python-correct</c>'s programs into <paramref name="folder"/>.</summary>
    public static void CopyCorrect(string folder)
    {
        Directory.CreateDirectory(folder);
        foreach (var python in Directory.GetFiles(Repository.Submission("python-correct"), "*.py"))
            File.Copy(python, Path.Combine(folder, Path.GetFileName(python)));
    }

    /// <summary>Deletes <paramref name="folder"/> whatever it holds (.NET cannot delete a name that is not valid
    /// UTF-8).</summary>
    public static void Delete(string folder) => Shell("/", $"rm -rf '{folder}'");

    /// <summary>Runs <paramref name="script"/> with <c>/bin/sh</c> in <paramref name="folder"/>: what only the shell can
    /// name.</summary>
    public static void Shell(string folder, string script)
    {
        var info = new ProcessStartInfo("/bin/sh") { WorkingDirectory = folder, RedirectStandardError = true };
        info.ArgumentList.Add("-c");
        info.ArgumentList.Add(script);
        using var process = Process.Start(info)!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"sh -c {script} failed: {error}");
    }
}
