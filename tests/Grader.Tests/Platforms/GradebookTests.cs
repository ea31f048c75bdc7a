using FluentAssertions;
using Grader.Platforms;
using Grader.Platforms.Gradebooks;
using Grader.Results;
using Grader.Rubric;

namespace Grader.Tests.Platforms;

/// <summary>
/// What a gradebook gets: the required score, scaled to the assignment's maximum when one is given, a student who
/// could not be graded left empty with why, and one line naming the failed required checks (hidden ones by id).
/// </summary>
[Fast]
public sealed class GradebookTests
{
    private static readonly DateTimeOffset Written = new(2024, 3, 1, 14, 22, 5, TimeSpan.FromHours(1));

    [Theory]
    [InlineData(51, 51, null, "51")]
    [InlineData(48, 51, null, "48")]
    [InlineData(48, 51, "10", "9.41")]
    [InlineData(51, 51, "100", "100")]
    [InlineData(17, 51, "10", "3.33")]
    [InlineData(0, 0, "10", "0")]
    public void The_grade_is_the_required_score_scaled_to_the_points_given(
        int score,
        int max,
        string? points,
        string grade
    )
    {
        var scaled = GradebookGrade.Of(
            Result("alice", score, max),
            points is null ? null : decimal.Parse(points, System.Globalization.CultureInfo.InvariantCulture)
        );

        GradebookGrade.Number(scaled.Grade!.Value).Should().Be(grade);
    }

    [Fact]
    public void The_feedback_names_each_failed_required_check_and_a_hidden_one_by_its_id_only()
    {
        var result = Result(
            "alice",
            40,
            51,
            Check("tcp-server/uppercase", "Upper-cases ASCII letters", required: true, passed: false),
            Check("udp-server/secret", "A hidden probe", required: true, passed: false, Visibility.Hidden),
            Check("tcp-server/long-message", "Replies to a long message", required: false, passed: false),
            Check("tcp-client/sends-line", "Sends the line", required: true, passed: true)
        ) with
        {
            RobustnessScore = 2,
            RobustnessMaxScore = 5,
        };

        GradebookGrade
            .Of(result, null)
            .Feedback.Should()
            .Be(
                "40/51 required points; failed: tcp-server/uppercase (Upper-cases ASCII letters); udp-server/secret (robustness 2/5)"
            );
        GradebookGrade
            .Of(Result("bob", 51, 51), null)
            .Feedback.Should()
            .Be("51/51 required points: every required check passed");
    }

    [Fact]
    public async Task Canvas_s_file_has_its_header_its_points_row_and_a_row_per_student_keyed_by_user_id()
    {
        var text = await Write(
            new CanvasGradebook(),
            Platform.Canvas,
            new GradebookSettings(10, "Lab 1 (123456)", Written)
        );

        text.Should()
            .Be(
                "Student,ID,SIS User ID,SIS Login ID,Section,Lab 1 (123456)\r\n"
                    + "\"    Points Possible\",,,,,10\r\n"
                    + "Jane Doe,4412,,,,9.41\r\n"
                    + "\"Núñez, José\",4413,,,,\r\n"
            );
    }

    [Fact]
    public async Task Moodle_s_worksheet_has_its_columns_and_a_row_per_participant_with_grade_and_feedback()
    {
        var text = await Write(new MoodleGradebook(), Platform.Moodle, new GradebookSettings(null, null, Written));

        text.Should()
            .Be(
                "Identifier,Full name,Email address,Status,Grade,Maximum Grade,Grade can be changed,Last modified (submission),Last modified (grade),Feedback comments\r\n"
                    + "Participant 4412,Jane Doe,,Graded,48,51,Yes,,2024-03-01T14:22:05+01:00,48/51 required points: every required check passed\r\n"
                    + "Participant 4413,\"Núñez, José\",,Not graded,,51,Yes,,2024-03-01T14:22:05+01:00,could not be graded: no file named like TCPServer.py\r\n"
            );
    }

    [Fact]
    public void A_gradebook_without_its_platform_s_ids_is_refused_saying_why()
    {
        var canvas = new CanvasGradebook();

        Gradebooks
            .Refusal(canvas, null, "class")
            .Should()
            .Be(
                "--gradebook canvas needs the students' Canvas ids, which a Canvas download read with --from (or a folder written by 'grader class import') gives: class has no roster.csv"
            );
        Gradebooks
            .Refusal(canvas, Roster(Platform.Blackboard), "out")
            .Should()
            .Be("--gradebook canvas needs Canvas's ids, and the students of out are Blackboard's");
        Gradebooks.Refusal(canvas, Roster(Platform.Canvas), "out").Should().BeNull();
    }

    private static async Task<string> Write(IGradebook gradebook, Platform platform, GradebookSettings settings)
    {
        var results = ClassResult.Of(
            [Result("jane-doe-4412", 48, 51)],
            [new UngradedSubmission("núñez-josé-4413", "no file named like TCPServer.py")]
        );
        using var output = new StringWriter();
        await gradebook.WriteAsync(results, Roster(platform), settings, output, TestContext.Current.CancellationToken);
        return output.ToString();
    }

    private static Roster Roster(Platform platform) =>
        new([
            new RosterEntry("jane-doe-4412", "4412", "Jane Doe", platform, "latest", [], [], []),
            new RosterEntry("núñez-josé-4413", "4413", "Núñez, José", platform, "latest", [], [], []),
            new RosterEntry("absent-4414", "4414", "Absent", platform, "latest", [], [], []),
        ]);

    private static GradeResult Result(string name, int score, int max, params CheckResult[] checks) =>
        new(name, "sockets", score, max, 0, 0, 1000, "direct", [], checks);

    private static CheckResult Check(
        string id,
        string title,
        bool required,
        bool passed,
        Visibility visibility = Visibility.Visible
    ) =>
        new(
            id,
            id.Split('/')[0],
            title,
            required,
            visibility,
            passed ? CheckStatus.Passed : CheckStatus.Failed,
            passed,
            0,
            1,
            passed ? "ok" : "wrong",
            [],
            null
        );
}
