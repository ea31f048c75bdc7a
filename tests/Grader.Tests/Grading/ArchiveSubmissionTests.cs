using System.IO.Compression;
using FluentAssertions;
using Grader.Results;
using Grader.Tests.Support;

namespace Grader.Tests.Grading;

/// <summary>
/// A student's archives are graded like the folder they hold: a zip holding a folder of the programs, a zip beside
/// loose files, a zip whose programs are also handed in loose (the loose ones win, and the report says so), a zip
/// inside a zip, a 7z and a rar (committed fixtures), each to full marks with what was unpacked in its notes; a zip
/// bomb stops at the assignment's limit with a verdict line, and the programs beside it keep their marks.
/// </summary>
public sealed class ArchiveSubmissionTests
{
    private static readonly string Fixtures = Path.Combine(
        Repository.Root,
        "tests",
        "Grader.Tests",
        "Submissions",
        "Archives",
        "Fixtures"
    );

    private static readonly string[] Programs =
    [
        "TCPClient.py",
        "TCPServer.py",
        "TCPServerConcurrent.py",
        "UDPClient.py",
        "UDPServer.py",
    ];

    [Fact]
    public async Task A_zip_holding_a_folder_of_the_programs_gets_full_marks_and_says_it_was_unpacked()
    {
        using var folder = new TempFolder();
        Zip(folder["student/lab1.zip"], Programs.Select(p => ($"lab1/{p}", Correct(p))));

        var result = await LabGrading.GradeAsync(folder["student"]);

        ShouldHaveFullMarks(result);
        result.Notes.Should().Equal("unpacked `lab1.zip`: 5 files");
        result.Role("tcp-server").Program.Should().Be("lab1/lab1/TCPServer.py");
        File.Exists(folder["student/lab1/lab1/TCPServer.py"])
            .Should()
            .BeFalse("the student's folder is never unpacked into");
    }

    [Fact]
    public async Task A_zip_beside_loose_files_is_graded_with_them()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(folder["student"]);
        foreach (var program in Programs.Where(p => p.Contains("Server", StringComparison.Ordinal)))
            File.WriteAllText(folder[$"student/{program}"], Correct(program));
        Zip(
            folder["student/clients.zip"],
            Programs.Where(p => p.Contains("Client", StringComparison.Ordinal)).Select(p => (p, Correct(p)))
        );

        var result = await LabGrading.GradeAsync(folder["student"]);

        ShouldHaveFullMarks(result);
        result.Notes.Should().Equal("unpacked `clients.zip`: 2 files");
        result.Role("tcp-client").Program.Should().Be("clients/TCPClient.py");
        result.Role("tcp-server").Program.Should().Be("TCPServer.py");
    }

    [Fact]
    public async Task A_program_both_loose_and_in_a_zip_is_graded_from_the_loose_file_and_the_report_says_so()
    {
        using var folder = new TempFolder();
        BadInputs.CopyCorrect(folder["student"]);
        // The zip holds an older, faulty server: it serves one client, then exits.
        var faulty = File.ReadAllText(
            Path.Combine(Repository.Submission("python-exits-after-one-client"), "TCPServer.py")
        );
        Zip(folder["student/old.zip"], [("TCPServer.py", faulty)]);

        var result = await LabGrading.GradeAsync(folder["student"]);

        ShouldHaveFullMarks(result);
        result
            .Notes.Should()
            .Equal(
                "unpacked `old.zip`: 1 file",
                "`TCPServer.py` is handed in both loose and in `old.zip` (as `old/TCPServer.py`): the loose file, nearer the top, is graded"
            );
    }

    [Fact]
    public async Task A_zip_inside_a_zip_is_unpacked_too()
    {
        using var folder = new TempFolder();
        Zip(folder["inner.zip"], Programs.Select(p => (p, Correct(p))));
        Directory.CreateDirectory(folder["student"]);
        using (var outer = ZipFile.Open(folder["student/outer.zip"], ZipArchiveMode.Create))
            outer.CreateEntryFromFile(folder["inner.zip"], "inner.zip");

        var result = await LabGrading.GradeAsync(folder["student"]);

        ShouldHaveFullMarks(result);
        result.Notes.Should().Equal("unpacked `outer.zip`: 1 file", "unpacked `outer/inner.zip`: 5 files");
    }

    [Theory]
    [InlineData("python-correct.7z", "lab1/TCPServer.py")]
    [InlineData("python-correct.rar", "TCPServer.py")]
    public async Task A_7z_or_a_rar_gets_full_marks(string archive, string server)
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(folder["student"]);
        File.Copy(Path.Combine(Fixtures, archive), folder[$"student/{archive}"]);

        var result = await LabGrading.GradeAsync(folder["student"]);

        ShouldHaveFullMarks(result);
        result.Notes.Should().Equal($"unpacked `{archive}`: 5 files");
        result.Role("tcp-server").Program.Should().Be($"python-correct/{server}");
    }

    [Fact]
    public async Task A_zip_bomb_stops_at_the_assignments_limit_with_a_verdict_line_and_the_programs_beside_it_keep_their_marks()
    {
        using var folder = new TempFolder();
        BadInputs.CopyCorrect(folder["student"]);
        Zip(folder["student/bomb.zip"], [("zeros.bin", new string('\0', 3 << 20))]);
        var assignment = LabGrading.Lab with { Limits = LabGrading.Lab.Limits with { UnpackedBytes = 1 << 20 } };

        var result = await LabGrading.GradeAsync(folder["student"], assignment: assignment);

        ShouldHaveFullMarks(result);
        result
            .Notes.Should()
            .Equal(
                "`bomb.zip` unpacks to more than the 1021.3 KiB left of the 1 MiB a submission may take (the assignment's limit, `unpacked-bytes`): the rest is left out (0 files unpacked)"
            );
    }

    private static void ShouldHaveFullMarks(GradeResult result)
    {
        result.Checks.Where(c => c.Required && !c.Passed).Should().BeEmpty();
        result.Score.Should().Be(result.MaxScore);
    }

    private static string Correct(string program) =>
        File.ReadAllText(Path.Combine(Repository.Submission("python-correct"), program));

    private static void Zip(string path, IEnumerable<(string Name, string Text)> files)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        foreach (var (name, text) in files)
        {
            using var writer = new StreamWriter(zip.CreateEntry(name).Open());
            writer.Write(text);
        }
    }
}
