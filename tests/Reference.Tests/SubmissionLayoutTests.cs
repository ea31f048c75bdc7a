using System.Text.RegularExpressions;
using FluentAssertions;
using Reference.Tests.Support;
using Xunit;

namespace Reference.Tests;

/// <summary>The example submissions are what their READMEs say: one fault each, in the file of the role they
/// fail.</summary>
public sealed partial class SubmissionLayoutTests
{
    private static readonly Dictionary<string, string> FileOfRole = new()
    {
        ["tcp-client"] = "TCPClient.py",
        ["tcp-server"] = "TCPServer.py",
        ["tcp-server-concurrent"] = "TCPServerConcurrent.py",
        ["udp-client"] = "UDPClient.py",
        ["udp-server"] = "UDPServer.py",
    };

    public static TheoryData<string, string> PythonSubmissions =>
        new()
        {
            { "python-correct", "nothing" },
            { "python-sequential-as-concurrent", "tcp-server-concurrent" },
            { "python-exits-after-one-client", "tcp-server" },
            { "python-no-uppercase", "udp-server" },
            { "python-client-uppercases", "tcp-client" },
            { "python-reads-until-eof", "tcp-server" },
            { "python-wrong-port", "tcp-server" },
            { "python-client-wrong-port", "tcp-client" },
            { "python2-syntax", "udp-client" },
            { "python-newline-sent", "tcp-client" },
        };

    [Theory]
    [MemberData(nameof(PythonSubmissions))]
    public void Readme_names_the_one_role_the_submission_fails(string submission, string fails)
    {
        FailsLines(submission).Should().Equal(fails);
    }

    [Fact]
    public void Every_submission_readme_has_exactly_one_fails_line_naming_a_role_or_nothing()
    {
        var submissions = Directory.GetDirectories(Repository.Submissions).Select(Path.GetFileName).ToList();

        submissions.Should().Contain(PythonSubmissions.Select(row => row.Data.Item1));
        foreach (var submission in submissions.Where(s => !OfAnotherLab(s!)))
        {
            FailsLines(submission!)
                .Should()
                .ContainSingle(submission)
                .Which.Should()
                .BeOneOf([.. FileOfRole.Keys, "nothing"], submission);
        }
    }

    [Fact]
    public void Every_readme_of_another_lab_says_fails_nothing_or_names_each_failed_check_as_role_slash_check()
    {
        foreach (var submission in Directory.GetDirectories(Repository.Submissions).Select(Path.GetFileName))
        {
            if (!OfAnotherLab(submission!))
                continue;
            var fails = FailsLines(submission!);
            fails.Should().NotBeEmpty(submission);
            if (fails is not ["nothing"])
                fails.Should().OnlyContain(f => CheckId().IsMatch(f), submission);
        }
    }

    // An example of a lab other than lab 1 says which on a "Lab:" line.
    private static bool OfAnotherLab(string submission) =>
        File.ReadLines(Path.Combine(Repository.Submission(submission), "README.md"))
            .Any(line => line.StartsWith("Lab: ", StringComparison.Ordinal));

    [GeneratedRegex(@"^[a-z0-9-]+/[a-z0-9-]+$")]
    private static partial Regex CheckId();

    [Theory]
    [MemberData(nameof(PythonSubmissions))]
    public void Submission_differs_from_python_correct_only_in_the_file_of_the_role_it_fails(
        string submission,
        string fails
    )
    {
        var differing = FileOfRole
            .Values.Where(file =>
                File.ReadAllText(Path.Combine(Repository.Submission(submission), file))
                != File.ReadAllText(Path.Combine(Repository.Submission("python-correct"), file))
            )
            .ToList();

        differing.Should().Equal(fails == "nothing" ? [] : [FileOfRole[fails]]);
    }

    [Fact]
    public async Task Every_python_file_but_the_python2_one_is_valid_python3()
    {
        const string parseEach = """
            import ast, sys
            for path in sys.argv[1:]:
                try:
                    ast.parse(open(path, encoding="utf-8").read(), path)
                except SyntaxError:
                    print(path)
            """;
        var files = PythonSubmissions
            .SelectMany(row => FileOfRole.Values.Select(file => Path.Combine(row.Data.Item1, file)))
            .ToArray();

        var invalid = await ShortCommand.RunCheckedAsync(
            Launch.Of(await PythonInterpreter.PathAsync(), ["-c", parseEach, .. files]) with
            {
                WorkingDirectory = Repository.Submissions,
            },
            TestContext.Current.CancellationToken
        );

        invalid
            .Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Should()
            .Equal(Path.Combine("python2-syntax", "UDPClient.py"));
    }

    private static List<string> FailsLines(string submission) =>
        File.ReadAllLines(Path.Combine(Repository.Submission(submission), "README.md"))
            .Select(line => FailsLine().Match(line))
            .Where(match => match.Success)
            .Select(match => match.Groups[1].Value)
            .ToList();

    [GeneratedRegex(@"^Fails: (\S+)$")]
    private static partial Regex FailsLine();
}
