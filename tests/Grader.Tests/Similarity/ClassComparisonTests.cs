using FluentAssertions;
using Grader.Labs;
using Grader.Similarity;
using Grader.Tests.Support;

namespace Grader.Tests.Similarity;

/// <summary>A small class compared: what is subtracted, what is reported, and where the matched lines are.</summary>
[Fast]
public sealed class ClassComparisonTests : IDisposable
{
    // Code of a student's own, beyond the lecture: long enough to be evidence.
    private const string OwnCode = """
        def read_line(connection, limit):
            chunks = []
            total = 0
            while total < limit:
                chunk = connection.recv(256)
                if not chunk:
                    break
                chunks.append(chunk)
                total += len(chunk)
                if b"\n" in chunk:
                    break
            text = b"".join(chunks).decode(errors="replace")
            return text.split("\n")[0].strip()


        def shout(text, times):
            result = []
            for index in range(times):
                result.append(text.upper() + "!" * index)
            return " ".join(result)

        """;

    private readonly TempFolder _class = new();

    [Fact]
    public async Task Two_students_who_hand_in_the_lecture_as_printed_are_no_pair()
    {
        Student("alice", Lecture());
        Student("bob", Lecture());
        Student("carol", Lecture(server: OwnCode));

        var report = await CompareAsync();

        report.Pairs.Should().BeEmpty();
        report.Submissions.Should().Be(3);
        report.BaseFiles.Should().HaveCount(5);
    }

    [Fact]
    public async Task Two_students_who_share_code_beyond_the_lecture_are_a_pair_with_the_role_and_the_lines()
    {
        Student("alice", Lecture(server: OwnCode));
        Student("bob", Lecture(server: "\n\n# mine\n" + OwnCode.Replace("chunk", "piece", StringComparison.Ordinal)));
        Student("carol", Lecture());

        var report = await CompareAsync();

        var pair = report.Pairs.Should().ContainSingle().Subject;
        (pair.First, pair.Second).Should().Be(("alice", "bob"));
        var program = pair.Programs.Should().ContainSingle().Subject;
        program.Program.Should().Be("tcp-server");
        program.First.Path.Should().Be("TCPServer.py");
        program.First.Share.Should().BeApproximately(1, 0.01);
        program.Second.Share.Should().BeApproximately(1, 0.01);
        // The own code is on lines 3 to 21 of alice's server, 6 to 24 of bob's (after two blank lines and a comment);
        // the last k-gram that starts in it ends a few lines into the lecture's code after it.
        program.First.Lines.Should().OnlyContain(l => l.First >= 3 && l.Last <= 21 + 3);
        program.Second.Lines.Should().OnlyContain(l => l.First >= 6 && l.Last <= 24 + 3);
        program.First.Lines.Sum(l => l.Last - l.First + 1).Should().BeGreaterThan(12);
    }

    [Fact]
    public async Task Functions_in_another_order_are_matched_region_to_region()
    {
        var functions = OwnCode.Split("\n\n\ndef ", StringSplitOptions.TrimEntries);
        var reordered = "def " + functions[1] + "\n\n\n" + functions[0] + "\n";
        Student("alice", Lecture(server: OwnCode));
        Student("bob", Lecture(server: reordered));

        var program = (await CompareAsync()).Pairs.Single().Programs.Single();

        // alice's regions are numbered in her order; bob's come in another, as his functions do.
        program.First.Lines.Select(l => l.Region).Should().BeInAscendingOrder().And.HaveCountGreaterThan(1);
        program.Second.Lines.Select(l => l.Region).Should().NotBeInAscendingOrder();
    }

    [Fact]
    public async Task Starter_code_given_as_base_counts_for_nobody()
    {
        var starter = _class["starter.py"];
        File.WriteAllText(starter, OwnCode);
        Student("alice", Lecture(), ("helpers.py", OwnCode));
        Student("bob", Lecture(), ("util/helpers.py", OwnCode));

        var without = await CompareAsync();
        var with = await CompareAsync(starter);

        without
            .Pairs.Should()
            .ContainSingle()
            .Which.Programs.Single()
            .Program.Should()
            .Be(SubmissionSources.OtherProgram);
        with.Pairs.Should().BeEmpty();
        with.BaseFiles.Should().Contain("starter.py");
    }

    [Fact]
    public async Task Three_students_who_share_one_solution_are_a_cluster()
    {
        foreach (var name in new[] { "alice", "bob", "carol" })
            Student(name, Lecture(server: OwnCode));
        Student("dave", Lecture());

        var report = await CompareAsync();

        report.Pairs.Should().HaveCount(3);
        report.Clusters.Should().ContainSingle().Which.Submissions.Should().Equal("alice", "bob", "carol");
    }

    [Fact]
    public async Task A_source_that_links_out_of_its_submission_is_not_read()
    {
        var outside = _class["outside.py"];
        File.WriteAllText(outside, OwnCode);
        Student("alice", Lecture(), ("helpers.py", OwnCode));
        Student("bob", Lecture());
        File.CreateSymbolicLink(Path.Combine(_class["class"], "bob", "secret.py"), outside);

        var report = await CompareAsync();

        report.Pairs.Should().BeEmpty();
        report.Files.Should().Be(11, "alice's six files and bob's five");
    }

    [Fact]
    public async Task A_base_file_that_cannot_be_read_is_one_sentence_naming_it()
    {
        Student("alice", Lecture());

        var compare = () => CompareAsync(_class["no-such-starter.py"]);

        (await compare.Should().ThrowAsync<SimilarityException>()).Which.Message.Should().Contain("no-such-starter.py");
    }

    public void Dispose() => _class.Dispose();

    private async Task<SimilarityReport> CompareAsync(params string[] extraBase)
    {
        var lab = LabRegistry.Default;
        var settings = new SimilaritySettings(
            SimilaritySettings.DefaultThreshold,
            SimilaritySettings.DefaultCommonShare,
            [.. await ShippedBase.FilesAsync(lab), .. extraBase]
        );
        var folders = Directory.GetDirectories(_class["class"]).Order(StringComparer.Ordinal).ToList();
        return await ClassComparison.CompareAsync(
            folders,
            lab.Definition.Roles,
            settings,
            TestContext.Current.CancellationToken
        );
    }

    private static Dictionary<string, string> Lecture(string server = "")
    {
        var lecture = Repository.Submission("lecture-as-printed");
        var programs = Directory
            .GetFiles(lecture, "*.py")
            .ToDictionary(path => Path.GetFileName(path), File.ReadAllText, StringComparer.Ordinal);
        // The student's own functions go after the imports of the sequential server.
        var lines = programs["TCPServer.py"].Split('\n').ToList();
        lines.Insert(2, server.TrimEnd('\n'));
        programs["TCPServer.py"] = string.Join('\n', lines);
        return programs;
    }

    private void Student(string name, Dictionary<string, string> programs, params (string Path, string Text)[] others)
    {
        var folder = Path.Combine(_class.Path, "class", name);
        foreach (var (file, text) in programs.Select(p => (p.Key, p.Value)).Concat(others))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(folder, file))!);
            File.WriteAllText(Path.Combine(folder, file), text);
        }
    }
}
