using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using Grader.Tests.Support;

namespace Grader.Tests.Platforms;

/// <summary>
/// Lab 1's example submissions laid out as each platform lays out its bulk download, from the platform's naming rules:
/// a Canvas zip, a Moodle zip, a Blackboard zip (with receipts and an earlier attempt), a GitHub Classroom folder of
/// real git clones. Each builder returns which example each student id holds.
/// </summary>
public static class PlatformDownloads
{
    /// <summary>The examples every layout holds: four verdicts (51/51, and a failing UDP server, TCP server, TCP
    /// client).</summary>
    public static IReadOnlyList<string> Examples { get; } =
    ["python-correct", "python-no-uppercase", "python-reads-until-eof", "python-client-uppercases"];

    /// <summary>
    /// Canvas's "Download submissions" zip: <c>&lt;name&gt;_[late_]&lt;user id&gt;_&lt;file id&gt;_&lt;file&gt;</c>,
    /// flat. One student handed <c>TCPClient.py</c> in under Canvas's marker (<c>TCPClient-1.py</c>) and
    /// <c>TCPServer.py</c> twice (a broken first upload, the right one as <c>TCPServer-1.py</c>); one is late with a
    /// unicode name; one was graded anonymously (no name).
    /// </summary>
    public static IReadOnlyDictionary<string, string> Canvas(string zip)
    {
        var students = new (string Name, string Id, string Example, bool Late)[]
        {
            ("doejane", "4412", Examples[0], false),
            ("núñezjosé", "4413", Examples[1], true),
            ("o_brienmary", "4414", Examples[2], false),
            ("", "4415", Examples[3], false),
        };
        var fileId = 90000;
        using var archive = ZipFile.Open(zip, ZipArchiveMode.Create);
        foreach (var (name, id, example, late) in students)
        {
            var prefix = $"{(name.Length > 0 ? name + "_" : "")}{(late ? "late_" : "")}{id}";
            foreach (var (file, path) in FilesOf(example))
            {
                if (example == Examples[0] && file == "TCPServer.py")
                    Add(archive, $"{prefix}_{++fileId}_TCPServer.py", Source(Examples[2], "TCPServer.py"));
                var handedIn =
                    example == Examples[0] && file is "TCPClient.py" or "TCPServer.py" && name == "doejane"
                        ? Path.GetFileNameWithoutExtension(file) + "-1.py"
                        : file;
                Add(archive, $"{prefix}_{++fileId}_{handedIn}", path);
            }
        }
        return students.ToDictionary(s => s.Id, s => s.Example);
    }

    /// <summary>
    /// Moodle's "Download all submissions" zip, in folders: <c>&lt;Full name&gt;_&lt;participant
    /// id&gt;_assignsubmission_file_/…</c>; one student's files in a subfolder, one with an online text too.
    /// </summary>
    public static IReadOnlyDictionary<string, string> Moodle(string zip)
    {
        var students = new (string Name, string Id, string Example)[]
        {
            ("Jane Doe", "101", Examples[0]),
            ("Zoë Ångström", "102", Examples[1]),
            ("Jean-Luc O Neil", "103", Examples[2]),
            ("李小龙", "104", Examples[3]),
        };
        using var archive = ZipFile.Open(zip, ZipArchiveMode.Create);
        foreach (var (name, id, example) in students)
        {
            var folder = $"{name}_{id}_assignsubmission_file_/{(id == "101" ? "lab one/" : "")}";
            foreach (var (file, path) in FilesOf(example))
                Add(archive, folder + file, path);
        }
        AddText(
            archive,
            "Zoë Ångström_102_assignsubmission_onlinetext_/onlinetext.html",
            "<p>My UDP server is done.</p>"
        );
        return students.ToDictionary(s => s.Id, s => s.Example);
    }

    /// <summary>
    /// Blackboard's "Assignment File Download" zip: <c>&lt;assignment&gt;_&lt;username&gt;_attempt_&lt;date&gt;_&lt;file&gt;</c>
    /// and a receipt per attempt. One student has an earlier attempt (another example's files); one username holds an
    /// underscore; one attempt has no receipt.
    /// </summary>
    public static IReadOnlyDictionary<string, string> Blackboard(string zip)
    {
        const string Assignment = "Lab 1 Sockets";
        var students = new (string Username, string? Name, string Example, string Attempt)[]
        {
            ("jdoe", "Jane Doe", Examples[0], "2024-03-02-10-30-00"),
            ("zangstrom", "Zoë Ångström", Examples[1], "2024-03-01-23-59-59"),
            ("jl_oneil", "Jean-Luc O'Neil", Examples[2], "2024-03-01-12-00-00"),
            ("bsmith", null, Examples[3], "2024-02-28-08-15-00"),
        };
        using var archive = ZipFile.Open(zip, ZipArchiveMode.Create);
        foreach (var (username, name, example, attempt) in students)
        {
            Attempt(archive, Assignment, username, name, example, attempt);
            if (username == "jdoe")
                Attempt(archive, Assignment, username, name, Examples[1], "2024-03-01-09-00-00");
        }
        return students.ToDictionary(s => s.Username, s => s.Example);
    }

    /// <summary>
    /// What <c>gh classroom clone student-repos</c> leaves: <c>&lt;folder&gt;/sockets-submissions/sockets-&lt;GitHub
    /// username&gt;/</c>, each a git repository with the example committed.
    /// </summary>
    public static IReadOnlyDictionary<string, string> Classroom(string folder)
    {
        var students = new (string Username, string Example)[]
        {
            ("octocat", Examples[0]),
            ("jane-doe", Examples[1]),
            ("zoe-a", Examples[2]),
            ("hubot", Examples[3]),
        };
        foreach (var (username, example) in students)
        {
            var repository = Path.Combine(folder, "sockets-submissions", $"sockets-{username}");
            Directory.CreateDirectory(repository);
            foreach (var (file, path) in FilesOf(example))
                File.Copy(path, Path.Combine(repository, file));
            Git(repository, "init", "-q", "-b", "main");
            Git(repository, "add", "-A");
            Git(
                repository,
                "-c",
                "user.name=Student",
                "-c",
                "user.email=student@example.com",
                "commit",
                "-q",
                "-m",
                "Lab 1"
            );
        }
        return students.ToDictionary(s => s.Username, s => s.Example);
    }

    private static void Attempt(
        ZipArchive archive,
        string assignment,
        string username,
        string? name,
        string example,
        string attempt
    )
    {
        var prefix = $"{assignment}_{username}_attempt_{attempt}";
        var receipt = new StringBuilder();
        receipt.Append(
            $"Name: {name} ({username})\r\nAssignment: {assignment}\r\nDate Submitted: {attempt}\r\nCurrent Grade: Needs Grading\r\n\r\n"
        );
        receipt.Append("Submission Field:\r\nThere is no student submission text data for this assignment.\r\n\r\n");
        receipt.Append("Comments:\r\nThere are no student comments for this assignment.\r\n\r\nFiles:\r\n");
        foreach (var (file, path) in FilesOf(example))
        {
            Add(archive, $"{prefix}_{file}", path);
            receipt.Append($"\tOriginal filename: {file}\r\n\tFilename: {prefix}_{file}\r\n\r\n");
        }
        if (name is not null)
            AddText(archive, prefix + ".txt", receipt.ToString());
    }

    private static IEnumerable<(string File, string Path)> FilesOf(string example) =>
        Directory
            .GetFiles(Repository.Submission(example))
            .Order(StringComparer.Ordinal)
            .Select(path => (Path.GetFileName(path), path));

    private static string Source(string example, string file) => Path.Combine(Repository.Submission(example), file);

    private static void Add(ZipArchive archive, string entry, string path) =>
        archive.CreateEntryFromFile(path, entry, CompressionLevel.Fastest);

    private static void AddText(ZipArchive archive, string entry, string text)
    {
        using var writer = new StreamWriter(archive.CreateEntry(entry).Open(), new UTF8Encoding(false));
        writer.Write(text);
    }

    private static void Git(string repository, params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = repository, RedirectStandardError = true };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        using var git = Process.Start(start)!;
        var error = git.StandardError.ReadToEnd();
        git.WaitForExit();
        if (git.ExitCode != 0)
            throw new InvalidOperationException($"git {string.Join(' ', arguments)} failed: {error}");
    }
}
