using FluentAssertions;
using Grader.Platforms.Layouts;

namespace Grader.Tests.Platforms;

/// <summary>
/// Each platform's names for a student's files, read back from real-looking names: ids, late marks, duplicates,
/// unicode names and spaces, and names that are not the platform's.
/// </summary>
[Fast]
public sealed class PlatformNameTests
{
    [Theory]
    [InlineData("doejane_4412_98765_TCPClient.py", "doejane", false, "4412", "98765", "TCPClient.py")]
    [InlineData("doejane_late_4412_98765_TCPServer.py", "doejane", true, "4412", "98765", "TCPServer.py")]
    [InlineData("doejane_LATE_4412_98765_TCPServer.py", "doejane", true, "4412", "98765", "TCPServer.py")]
    [InlineData("núñezjosé_4413_100_UDPServer.py", "núñezjosé", false, "4413", "100", "UDPServer.py")]
    [InlineData("obrien_mary_77_5_lab 1 final (2).zip", "obrien_mary", false, "77", "5", "lab 1 final (2).zip")]
    [InlineData("doejane_4412_98765_TCPClient-1.py", "doejane", false, "4412", "98765", "TCPClient-1.py")]
    [InlineData("doejane_4412_98765_3_parts_TCPClient.py", "doejane", false, "4412", "98765", "3_parts_TCPClient.py")]
    [InlineData("4412_98765_TCPClient.py", "", false, "4412", "98765", "TCPClient.py")]
    [InlineData("late_4412_98765_TCPClient.py", "", true, "4412", "98765", "TCPClient.py")]
    [InlineData("doejane_4412_text.html", "doejane", false, "4412", null, "text.html")]
    [InlineData("doejane_late_4412_link.html", "doejane", true, "4412", null, "link.html")]
    [InlineData("李小龙_90001_123_UDPClient.py", "李小龙", false, "90001", "123", "UDPClient.py")]
    public void A_canvas_name_gives_the_student_the_late_mark_the_ids_and_the_file_as_handed_in(
        string entry,
        string name,
        bool late,
        string user,
        string? file,
        string original
    ) => CanvasFileName.TryParse(entry).Should().Be(new CanvasFileName(name, late, user, file, original));

    [Theory]
    [InlineData("TCPClient.py")]
    [InlineData("doejane_TCPClient.py")]
    [InlineData("doejane_4412_TCPClient.py")]
    [InlineData("Jane Doe_4412_assignsubmission_file_TCPClient.py")]
    [InlineData("Lab 1_jdoe_attempt_2024-03-01-14-22-05_TCPClient.py")]
    public void A_name_canvas_does_not_give_is_not_read_as_canvas(string entry) =>
        CanvasFileName.TryParse(entry).Should().BeNull();

    [Theory]
    [InlineData("TCPClient-1.py", "TCPClient.py")]
    [InlineData("TCPServer-12.java", "TCPServer.java")]
    [InlineData("Makefile-2", "Makefile")]
    [InlineData("my-lab-3.tar", "my-lab.tar")]
    [InlineData("TCPClient.py", null)]
    [InlineData("lab-0.py", null)]
    [InlineData("udp-client.py", null)]
    public void Canvas_s_duplicate_marker_is_undone_and_only_it(string name, string? unmarked) =>
        CanvasDuplicate.Unmarked(name).Should().Be(unmarked);

    [Theory]
    [InlineData("Jane Doe_4412_assignsubmission_file_", true, "Jane Doe", "4412", "assignsubmission_file", null)]
    [InlineData(
        "Zoë Ångström_17_assignsubmission_onlinetext_",
        true,
        "Zoë Ångström",
        "17",
        "assignsubmission_onlinetext",
        null
    )]
    [InlineData(
        "Participant_90210_assignsubmission_file_",
        true,
        "Participant",
        "90210",
        "assignsubmission_file",
        null
    )]
    [InlineData(
        "Team A-Jane Doe_4412_assignsubmission_file_",
        true,
        "Team A-Jane Doe",
        "4412",
        "assignsubmission_file",
        null
    )]
    [InlineData(
        "Jane Doe_4412_assignsubmission_file_TCPClient.py",
        false,
        "Jane Doe",
        "4412",
        "assignsubmission_file",
        "TCPClient.py"
    )]
    [InlineData(
        "Jean-Luc O'Neil_8_assignsubmission_file_lab_1 final.zip",
        false,
        "Jean-Luc O'Neil",
        "8",
        "assignsubmission_file",
        "lab_1 final.zip"
    )]
    public void A_moodle_folder_or_prefixed_file_gives_the_participant_and_the_plugin(
        string entry,
        bool isFolder,
        string name,
        string id,
        string plugin,
        string? file
    ) => MoodleEntryName.TryParse(entry, isFolder).Should().Be(new MoodleEntryName(name, id, plugin, file));

    [Theory]
    [InlineData("Jane Doe_4412_assignsubmission_file_", false)]
    [InlineData("Jane Doe_4412_assignsubmission_file_TCPClient.py", true)]
    [InlineData("Jane Doe_assignsubmission_file_", true)]
    [InlineData("jane-doe-4412", true)]
    [InlineData("doejane_4412_98765_TCPClient.py", false)]
    public void A_name_moodle_does_not_give_is_not_read_as_moodle(string entry, bool isFolder) =>
        MoodleEntryName.TryParse(entry, isFolder).Should().BeNull();

    [Theory]
    [InlineData(
        "Lab 1_jdoe_attempt_2024-03-01-14-22-05_TCPClient.py",
        "Lab 1_jdoe",
        "2024-03-01 14:22:05",
        "TCPClient.py"
    )]
    [InlineData("Lab 1_jdoe_attempt_2024-03-01-14-22-05.txt", "Lab 1_jdoe", "2024-03-01 14:22:05", null)]
    [InlineData(
        "Chapter 13 Problems_jdoe3_attempt_2014-04-30-21-02-38_chapter (13).pdf",
        "Chapter 13 Problems_jdoe3",
        "2014-04-30 21:02:38",
        "chapter (13).pdf"
    )]
    [InlineData(
        "Sockets_lab_j_doe_attempt_2024-03-01-14-22-05_notes_attempt_2.txt",
        "Sockets_lab_j_doe",
        "2024-03-01 14:22:05",
        "notes_attempt_2.txt"
    )]
    public void A_blackboard_name_gives_who_the_attempt_and_the_file_or_the_receipt(
        string entry,
        string owner,
        string attempt,
        string? file
    )
    {
        var name = BlackboardFileName.TryParse(entry);

        name.Should().NotBeNull();
        name!.Owner.Should().Be(owner);
        name.Attempt.Should().Be(DateTime.Parse(attempt, System.Globalization.CultureInfo.InvariantCulture));
        name.FileName.Should().Be(file);
        name.IsReceipt.Should().Be(file is null);
    }

    [Theory]
    [InlineData("jdoe_attempt_2024-03-01-14-22-05_TCPClient.py")]
    [InlineData("Lab 1_jdoe_attempt_2024-13-01-14-22-05_TCPClient.py")]
    [InlineData("Lab 1_jdoe_attempt_2024-03-01_TCPClient.py")]
    [InlineData("doejane_4412_98765_TCPClient.py")]
    public void A_name_blackboard_does_not_give_is_not_read_as_blackboard(string entry) =>
        BlackboardFileName.TryParse(entry).Should().BeNull();

    [Theory]
    [InlineData(new[] { "Lab 1_jdoe", "Lab 1_asmith" }, "Lab 1_")]
    [InlineData(new[] { "Lab_1_jdoe", "Lab_1_jane_roe" }, "Lab_1_")]
    [InlineData(new[] { "Lab 1_jdoe", "Lab 1_jdoe2" }, "Lab 1_")]
    [InlineData(new[] { "Sockets_lab_j_doe" }, "Sockets_lab_j_")]
    [InlineData(new[] { "A_x", "B_y" }, "")]
    public void Blackboard_s_assignment_is_what_every_name_before_attempt_shares_up_to_an_underscore(
        string[] owners,
        string prefix
    ) => BlackboardLayout.AssignmentPrefix(owners).Should().Be(prefix);

    [Fact]
    public void A_blackboard_receipt_gives_the_student_s_name_and_each_file_s_name_as_submitted()
    {
        var receipt = BlackboardReceipt.Parse(
            """
            Name: Zoë Ångström (zangstrom)
            Assignment: Lab 1
            Date Submitted: Friday, 1 March 2024 14:22:05 o'clock GMT
            Current Grade: Needs Grading

            Submission Field:
            There is no student submission text data for this assignment.

            Comments:
            There are no student comments for this assignment.

            Files:
            	Original filename: TCP Client.py
            	Filename: Lab 1_zangstrom_attempt_2024-03-01-14-22-05_TCP_Client.py

            	Original filename: UDPServer.py
            	Filename: Lab 1_zangstrom_attempt_2024-03-01-14-22-05_UDPServer.py
            """.Replace("\n", "\r\n", StringComparison.Ordinal)
        );

        receipt.Name.Should().Be("Zoë Ångström");
        receipt
            .Originals.Should()
            .BeEquivalentTo(
                new Dictionary<string, string>
                {
                    ["Lab 1_zangstrom_attempt_2024-03-01-14-22-05_TCP_Client.py"] = "TCP Client.py",
                    ["Lab 1_zangstrom_attempt_2024-03-01-14-22-05_UDPServer.py"] = "UDPServer.py",
                }
            );
    }

    [Theory]
    [InlineData("sockets-submissions", new[] { "sockets-octocat", "sockets-jane-doe" }, "sockets-")]
    [InlineData("downloads", new[] { "sockets-octocat", "sockets-jane-doe" }, "sockets-")]
    [InlineData("downloads", new[] { "lab1-sockets-alice", "lab1-sockets-bob" }, "lab1-sockets-")]
    [InlineData("sockets-submissions", new[] { "sockets-octocat" }, "sockets-")]
    [InlineData("downloads", new[] { "sockets-octocat" }, "")]
    [InlineData("downloads", new[] { "alpha", "beta" }, "")]
    public void Classroom_s_assignment_prefix_comes_from_the_submissions_folder_or_what_the_repositories_share(
        string container,
        string[] repositories,
        string prefix
    ) => ClassroomLayout.Prefix(container, repositories).Should().Be(prefix);
}
