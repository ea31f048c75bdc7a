using System.IO.Compression;
using FluentAssertions;
using Grader.Errors;
using Grader.Tests.Support;

namespace Grader.Tests.Platforms;

/// <summary>
/// <c>grader gradescope package</c> at the command line: what goes in the zip for a lab, an instructor's rubric or a
/// lab of the rubric's own, the .NET build with the runtime's installation when no single file is named, and one line
/// with exit code 2 for a bad request. The zip grading in a Gradescope-shaped container is
/// <see cref="Containers.GradescopeAutograderTests"/>.
/// </summary>
public sealed class GradescopePackageTests
{
    private const string OwnLab = """
        assignment: http-8080
        lab: http-server-8080
        based-on: web-server
        port: 8080
        roles:
          http-server:
            kind: server
            transport: tcp
            files: [HttpServer]
            checks:
              - check: serves-file
                points: 6
        """;

    [Fact]
    public async Task Without_a_single_file_the_zip_carries_the_dotnet_build_and_setup_installs_the_runtime_and_only_missing_packages()
    {
        using var folder = new TempFolder();

        var run = await GraderCli.RunAsync(["gradescope", "package", "--lab", "web-server", "-o", folder["a.zip"]]);

        run.ExitCode.Should().Be(ExitCodes.Passed, run.Stderr);
        run.Stdout.Should().Contain("this grader's .NET build (setup.sh installs the .NET 10 runtime)");
        var zip = Read(folder["a.zip"]);
        zip.Keys.Should().StartWith(["setup.sh", "run_autograder", "assignment.yaml"]).And.Contain("bin/grader.dll");
        zip.Keys.Should().NotContain("bin/grader", "the launcher is this machine's; Gradescope runs dotnet grader.dll");
        zip["assignment.yaml"].Should().Contain("lab: web-server");
        zip["setup.sh"]
            .Should()
            .Contain("packages=(python3 default-jdk-headless gcc libc6-dev g++)")
            .And.Contain("dpkg-query -W")
            .And.Contain("dotnet-install.sh --channel 10.0 --runtime dotnet");
        zip["run_autograder"]
            .Should()
            .Contain(
                "dotnet /autograder/source/bin/grader.dll grade /autograder/submission --lab web-server --assignment \"$source/assignment.yaml\""
            )
            .And.Contain("--format gradescope");
        zip.Values.Should().OnlyContain(text => !text.Contains('\r'), "bash reads a carriage return as a character");
    }

    [Fact]
    public async Task An_instructors_lab_of_its_own_goes_in_as_written_and_is_named_by_the_rubric_not_by_lab()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder["http-8080.yaml"], OwnLab);

        var run = await GraderCli.RunAsync([
            "gradescope",
            "package",
            "--assignment",
            folder["http-8080.yaml"],
            "--with",
            "none",
            "-o",
            folder["a.zip"],
        ]);

        run.ExitCode.Should().Be(ExitCodes.Passed, run.Stderr);
        var zip = Read(folder["a.zip"]);
        zip["assignment.yaml"].Should().Be(OwnLab);
        zip["setup.sh"].Should().Contain("packages=(python3)\n");
        zip["run_autograder"]
            .Should()
            .Contain("grade /autograder/submission --assignment \"$source/assignment.yaml\"")
            .And.NotContain("--lab");
    }

    [Theory]
    [InlineData(
        "--with",
        "rust",
        "grader: 'rust' is not a language setup.sh can install (expected: java, c, cpp, or none)"
    )]
    [InlineData("--grader", "README.md", "grader: --grader: README.md is not a Linux x64 program")]
    [InlineData("--grader", "no-such-file", "grader: --grader: no file at no-such-file")]
    [InlineData("--assignment", "no-such.yaml", "grader: cannot read the assignment file no-such.yaml")]
    [InlineData("--lab", "lab9", "grader: Argument 'lab9' not recognized")]
    public async Task A_bad_request_is_one_line_and_exit_code_2_and_writes_no_zip(
        string option,
        string value,
        string expected
    )
    {
        using var folder = new TempFolder();

        var run = await GraderCli.RunAsync(["gradescope", "package", option, value, "-o", folder["a.zip"]]);

        run.ExitCode.Should().Be(ExitCodes.BadInput);
        run.Stderr.Trim().Should().StartWith(expected).And.NotContain("\n");
        File.Exists(folder["a.zip"]).Should().BeFalse();
        Directory.GetFiles(folder.Path).Should().BeEmpty("no partial zip is left behind");
    }

    [Fact]
    public async Task The_zip_is_required_and_its_folder_must_exist()
    {
        var missing = await GraderCli.RunAsync(["gradescope", "package"]);
        var noFolder = await GraderCli.RunAsync(["gradescope", "package", "-o", "/no/such/folder/a.zip"]);

        missing.ExitCode.Should().Be(ExitCodes.BadInput);
        missing.Stderr.Should().Contain("--output");
        noFolder.ExitCode.Should().Be(ExitCodes.BadInput);
        noFolder
            .Stderr.Trim()
            .Should()
            .Be(
                "grader: -o: there is no folder /no/such/folder to write /no/such/folder/a.zip in (see 'grader --help')"
            );
    }

    private static Dictionary<string, string> Read(string zip)
    {
        using var archive = ZipFile.OpenRead(zip);
        return archive.Entries.ToDictionary(
            e => e.FullName,
            e =>
            {
                using var reader = new StreamReader(e.Open());
                // The grader's own files are binary: only the scripts and the rubric are read.
                return e.FullName.StartsWith("bin/", StringComparison.Ordinal) ? "" : reader.ReadToEnd();
            }
        );
    }
}
