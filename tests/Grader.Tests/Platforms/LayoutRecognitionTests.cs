using FluentAssertions;
using Grader.Platforms;
using Grader.Tests.Support;

namespace Grader.Tests.Platforms;

/// <summary>
/// <c>--from auto</c> tells each platform's download by its names, groups it by student, and refuses in one sentence
/// what it cannot tell; each layout keeps the files' own names, takes the latest attempt and says what it decided.
/// </summary>
[Fast]
public sealed class LayoutRecognitionTests
{
    [Theory]
    [InlineData(
        Platform.Canvas,
        new[]
        {
            "doejane_4412_9001_TCPClient.py",
            "doejane_4412_9002_TCPServer.py",
            "smithbob_late_4414_9003_UDPClient.py",
        }
    )]
    [InlineData(
        Platform.Moodle,
        new[]
        {
            "Jane Doe_4412_assignsubmission_file_/TCPClient.py",
            "Jane Doe_4412_assignsubmission_file_/lab/TCPServer.py",
            "Bob Smith_4414_assignsubmission_file_/UDPClient.py",
        }
    )]
    [InlineData(
        Platform.Moodle,
        new[]
        {
            "Jane Doe_4412_assignsubmission_file_TCPClient.py",
            "Bob Smith_4414_assignsubmission_file_UDPClient.py",
        }
    )]
    [InlineData(
        Platform.Blackboard,
        new[]
        {
            "Lab 1_jdoe_attempt_2024-03-01-14-22-05_TCPClient.py",
            "Lab 1_jdoe_attempt_2024-03-01-14-22-05.txt",
            "Lab 1_bsmith_attempt_2024-03-02-09-00-00_UDPClient.py",
        }
    )]
    [InlineData(
        Platform.Classroom,
        new[]
        {
            "sockets-submissions/sockets-jdoe/.git/HEAD",
            "sockets-submissions/sockets-jdoe/TCPClient.py",
            "sockets-submissions/sockets-bsmith/.git/HEAD",
            "sockets-submissions/sockets-bsmith/UDPClient.py",
        }
    )]
    public void Auto_tells_each_platform_s_download_and_finds_its_two_students(Platform platform, string[] files)
    {
        using var download = Download(files);

        var reading = DownloadLayouts.Read(Listing(download.Path), platform: null);

        reading.Platform.Should().Be(platform);
        reading.Students.Should().HaveCount(2);
        reading.Unrecognised.Should().BeEmpty();
    }

    [Fact]
    public void A_wrapping_folder_is_looked_through_and_what_no_student_s_is_named_left_out()
    {
        using var download = Download(
            "Lab 1 submissions/doejane_4412_9001_TCPClient.py",
            "Lab 1 submissions/doejane_4412_9002_UDPServer.py",
            "Lab 1 submissions/index.html",
            "Lab 1 submissions/__MACOSX/._doejane_4412_9001_TCPClient.py"
        );

        var reading = DownloadLayouts.Read(Listing(download.Path), platform: null);

        reading.Platform.Should().Be(Platform.Canvas);
        reading
            .Students.Should()
            .ContainSingle()
            .Which.Files.Select(f => f.Path)
            .Should()
            .Equal("TCPClient.py", "UDPServer.py");
        reading.Unrecognised.Should().Equal("index.html");
    }

    [Fact]
    public void A_plain_class_folder_is_refused_in_one_sentence_saying_to_name_the_platform()
    {
        using var download = Download("alice/TCPClient.py", "bob/TCPClient.py");

        var refused = () => DownloadLayouts.Read(Listing(download.Path), platform: null);

        refused
            .Should()
            .Throw<DownloadException>()
            .WithMessage(
                "cannot tell which platform download comes from: none of its 2 entries is named as Canvas, Moodle or Blackboard name a student's files, nor is a cloned repository; name the platform with --from"
            );
    }

    [Fact]
    public void A_download_mostly_unlike_any_platform_s_is_refused_with_what_little_matched()
    {
        using var download = Download("doejane_4412_9001_TCPClient.py", "notes.txt", "TCPServer.py", "UDPClient.py");

        var refused = () => DownloadLayouts.Read(Listing(download.Path), platform: null);

        refused
            .Should()
            .Throw<DownloadException>()
            .WithMessage(
                "cannot tell which platform download comes from: only 1 of its 4 entries are named as Canvas names them*"
            );
    }

    [Fact]
    public void A_platform_named_that_explains_none_of_the_download_is_refused()
    {
        using var download = Download("doejane_4412_9001_TCPClient.py");

        var refused = () => DownloadLayouts.Read(Listing(download.Path), Platform.Moodle);

        refused
            .Should()
            .Throw<DownloadException>()
            .WithMessage(
                "download is not a Moodle download: none of its 1 entry is named <Full name>_<participant id>_assignsubmission_<plugin>_"
            );
    }

    [Fact]
    public void Canvas_a_lone_numbered_file_keeps_the_name_it_was_handed_in_under_and_of_two_versions_the_later_is_graded()
    {
        using var download = Download(
            "doejane_4412_9001_TCPClient-1.py",
            "doejane_4412_9002_TCPServer.py",
            "doejane_4412_9005_TCPServer-1.py",
            "doejane_4412_9003_part-1.py",
            "doejane_4412_9004_part-2.py",
            "doejane_late_4412_9006_notes.txt"
        );

        var student = DownloadLayouts.Read(Listing(download.Path), Platform.Canvas).Students.Single();

        student.Id.Should().Be("4412");
        student.Name.Should().Be("doejane");
        student.Attempt.Should().Be("latest, late");
        student
            .Files.Select(f => (f.Path, f.Source))
            .Should()
            .Equal(
                ("TCPClient.py", "doejane_4412_9001_TCPClient-1.py"),
                ("TCPServer.py", "doejane_4412_9005_TCPServer-1.py"),
                ("notes.txt", "doejane_late_4412_9006_notes.txt"),
                ("part-1.py", "doejane_4412_9003_part-1.py"),
                ("part-2.py", "doejane_4412_9004_part-2.py")
            );
        student.Sources.Should().HaveCount(6);
        student
            .Notes.Should()
            .BeEquivalentTo(
                "`TCPClient-1.py` is graded as `TCPClient.py`, the name it was handed in under (Canvas numbers a name it has seen before)",
                "2 files are `TCPServer.py` (`TCPServer.py`, `TCPServer-1.py`, Canvas numbering a name handed in again): graded the latest upload, `TCPServer-1.py`"
            );
    }

    [Fact]
    public void Blackboard_the_latest_attempt_is_graded_under_the_receipt_s_names_and_the_earlier_ones_named()
    {
        using var download = Download(
            "Lab 1_jdoe_attempt_2024-03-01-09-00-00_TCPClient.py",
            "Lab 1_jdoe_attempt_2024-03-01-09-00-00.txt",
            "Lab 1_jdoe_attempt_2024-03-02-10-30-00_TCP_Client.py",
            "Lab 1_asmith_attempt_2024-03-01-12-00-00_UDPClient.py"
        );
        File.WriteAllText(
            Path.Combine(download.Path, "Lab 1_jdoe_attempt_2024-03-02-10-30-00.txt"),
            "Name: Jane Doe (jdoe)\nFiles:\n\tOriginal filename: TCP Client.py\n\tFilename: Lab 1_jdoe_attempt_2024-03-02-10-30-00_TCP_Client.py\n"
        );

        var students = DownloadLayouts.Read(Listing(download.Path), platform: null).Students;

        students.Select(s => s.Id).Should().Equal("asmith", "jdoe");
        var jane = students[1];
        jane.Name.Should().Be("Jane Doe");
        jane.Attempt.Should().Be("2024-03-02 10:30:00");
        jane.Files.Should()
            .Equal(new StudentFile("TCP Client.py", "Lab 1_jdoe_attempt_2024-03-02-10-30-00_TCP_Client.py"));
        jane.Notes.Should()
            .Equal("graded the latest of 2 attempts (2024-03-02 10:30:00); left out the one of 2024-03-01 09:00:00");
        students[0].Name.Should().Be("asmith", "without a receipt the username is the name");
    }

    [Fact]
    public void Moodle_one_participant_s_plugins_make_one_student_with_subfolders_kept()
    {
        using var download = Download(
            "Zoë Ångström_17_assignsubmission_file_/lab/TCPClient.py",
            "Zoë Ångström_17_assignsubmission_file_/UDPServer.py",
            "Zoë Ångström_17_assignsubmission_onlinetext_/onlinetext.html"
        );

        var student = DownloadLayouts.Read(Listing(download.Path), platform: null).Students.Single();

        student.Id.Should().Be("17");
        student.Name.Should().Be("Zoë Ångström");
        student.Files.Select(f => f.Path).Should().Equal("UDPServer.py", "lab/TCPClient.py", "onlinetext.html");
    }

    [Fact]
    public void Classroom_a_repository_s_commit_is_its_attempt_and_its_history_is_not_a_file()
    {
        using var download = Download(
            "sockets-octocat/TCPClient.py",
            "sockets-octocat/.git/HEAD",
            "sockets-octocat/.git/refs/heads/main",
            "sockets-hubot/.git/HEAD",
            "sockets-hubot/UDPClient.py"
        );
        File.WriteAllText(Path.Combine(download.Path, "sockets-octocat/.git/HEAD"), "ref: refs/heads/main\n");
        File.WriteAllText(
            Path.Combine(download.Path, "sockets-octocat/.git/refs/heads/main"),
            "0123456789abcdef0123456789abcdef01234567\n"
        );

        var students = DownloadLayouts.Read(Listing(download.Path), platform: null).Students;

        students.Select(s => s.Id).Should().Equal("hubot", "octocat");
        students[1].Attempt.Should().Be("commit 0123456789ab");
        students[1].Files.Should().Equal(new StudentFile("TCPClient.py", "sockets-octocat/TCPClient.py"));
        students[0].Attempt.Should().Be("unknown commit");
    }

    private static DownloadListing Listing(string folder) =>
        DownloadListing.Read(folder, "download", Path.GetFileName(folder), DownloadLayouts.IsStudentFolder);

    // A download's files, empty, under a temporary folder named "download".
    private static DownloadFolder Download(params string[] files)
    {
        var download = new DownloadFolder();
        foreach (var file in files)
        {
            var path = Path.Combine(download.Path, file);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, "");
        }
        return download;
    }

    private sealed class DownloadFolder : IDisposable
    {
        private readonly TempFolder _folder = new();

        public DownloadFolder() => Directory.CreateDirectory(Path);

        public string Path => _folder["download"];

        public void Dispose() => _folder.Dispose();
    }
}
