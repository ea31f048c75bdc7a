using System.Diagnostics;
using System.Text.RegularExpressions;
using FluentAssertions;
using Grader.Labs;
using Grader.Results;
using Grader.Rubric;
using Grader.Sandboxes.Containers;
using Grader.Tests.Support;

namespace Grader.Tests.Containers;

/// <summary>
/// What a student's program in the container can reach and use: only loopback, only its own submission, and no more
/// memory or time than the assignment grants (the threat model, bullet by bullet, is in DockerHostileTests). Each
/// hostile program bounds itself, whatever the sandbox does.
/// </summary>
[Collection(DockerCollection.Name)]
public sealed partial class ContainerConfinementTests
{
    [Fact]
    public async Task Program_in_the_container_sees_only_loopback_and_no_other_submission()
    {
        using var submission = TempSubmission.CorrectPythonWith("nosy", new Dictionary<string, string>());
        var elsewhere = new[]
        {
            Repository.Submission("python-no-uppercase"),
            Repository.Root,
            submission.WorkDirectory,
        };
        // Only looks: lists interfaces and folders, and never sends a byte anywhere.
        submission.With(
            "TCPClient.py",
            $$"""
            import os
            print("sys-class-net:", sorted(os.listdir("/sys/class/net")))
            with open("/proc/net/dev") as dev:
                print("proc-net-dev:", sorted(line.split(":")[0].strip() for line in dev.readlines()[2:]))
            print("scratch:", sorted(os.listdir("/scratch")), sorted(os.listdir("/scratch/as")))
            for path in [{{string.Join(", ", elsewhere.Select(p => $"\"{p}\""))}}]:
                print("exists:", path, os.path.exists(path))
            try:
                open("/submission/TCPClient.py", "a").close()
                print("submission: writable")
            except OSError as e:
                print("submission: read-only", e.errno)
            """
        );
        var grader = await DockerGrading.CreateAsync();

        var result = await grader.GradeAsync(submission.Folder, TestContext.Current.CancellationToken);

        var output = result.Check("tcp-client/sends-line").Output!.StandardOutput;
        output.Should().Contain("sys-class-net: ['lo']").And.Contain("proc-net-dev: ['lo']");
        output
            .Should()
            .Contain(
                "scratch: ['as', 'tmp'] ['nosy']",
                "the scratch folder holds this submission's name (a link to its read-only mount), the worker's temporary folder, and nothing else"
            );
        output
            .Should()
            .Contain("exists:")
            .And.NotContain(" True", "no other submission, and not the host's folders, is visible");
        output.Should().Contain("submission: read-only");
        result.Role("tcp-server").Passed.Should().BeTrue("the other programs are graded as usual beside the nosy one");
    }

    [Fact]
    public async Task Container_memory_bounds_a_submission_whose_processes_together_allocate_too_much_and_grading_goes_on()
    {
        using var submission = TempSubmission.CorrectPythonWith(
            "hogs",
            new Dictionary<string, string>
            {
                // Four processes at once, each within its own 256 MiB (208 MiB at most, 16 MiB at a time), 832 MiB
                // together: each holds what it allocated until every one has allocated all or died, whatever the load.
                ["TCPClient.py"] = """
                import os
                release_read, release_write = os.pipe()
                children = []
                for child in range(4):
                    done_read, done_write = os.pipe()
                    pid = os.fork()
                    if pid == 0:
                        os.close(release_write)
                        os.close(done_read)
                        chunks = []
                        for i in range(1, 14):
                            chunks.append(b"\x01" * (16 << 20))
                            print(f"child {child} allocated {i * 16} MiB", flush=True)
                        os.write(done_write, b"x")
                        os.read(release_read, 1) # holds it all until the parent lets go
                        print(f"child {child} held all to the end", flush=True)
                        os._exit(0)
                    os.close(done_write)
                    children.append((pid, done_read))
                for pid, done_read in children:
                    os.read(done_read, 1) # "x" once it allocated all, nothing once it died
                os.close(release_write)
                for pid, done_read in children:
                    os.waitpid(pid, 0)
                print("all done", flush=True)
                """,
            }
        );
        using var folder = new TempFolder();
        var file = LabGrading.AssignmentFileWith(folder, "memory: 256MiB");
        var grader = await DockerGrading.CreateAsync(
            AssignmentLoader.LoadFile(file, LabRegistry.Catalog),
            new ContainerSettings(ContainerSettings.DefaultImage, file)
        );

        var result = await grader.GradeAsync(submission.Folder, TestContext.Current.CancellationToken);

        var output = result.Check("tcp-client/sends-line").Output!.StandardOutput;
        Allocated().Matches(output).Should().NotBeEmpty("the programs started allocating");
        // A program the kernel kills may have reached 208 MiB first (it is then the largest, the first it kills): what
        // tells is how many held all of theirs to the end, side by side.
        HeldToTheEnd()
            .Matches(output)
            .Count.Should()
            .BeLessThan(
                4,
                "the container holds 512 MiB in all (256 MiB for the programs, 256 MiB for the grader), so the kernel kills some of the programs, first of all"
            );
        result.Role("udp-server").Passed.Should().BeTrue("the grader survives and grades the other roles");
    }

    [Fact]
    public async Task Time_limits_of_the_assignment_file_hold_in_the_container()
    {
        using var submission = TempSubmission.CorrectPythonWith(
            "spinner",
            new Dictionary<string, string>
            {
                // Spins for at most two minutes, far beyond the client-run limit below.
                ["TCPClient.py"] = "import time\nend = time.time() + 120\nwhile time.time() < end:\n    pass\n",
            }
        );
        using var folder = new TempSubmission("assignment");
        var rubric = Path.Combine(folder.Folder, "quick.yaml");
        await File.WriteAllTextAsync(
            rubric,
            """
            assignment: quick
            timeouts:
              client-run: 2s
            roles:
              tcp-client:
                checks:
                  - check: sends-line
                    message: "spin"
            """,
            TestContext.Current.CancellationToken
        );
        var assignment = AssignmentLoader.LoadFile(rubric, LabRegistry.Catalog);
        var grader = await DockerGrading.CreateAsync(assignment, new(ContainerSettings.DefaultImage, rubric));
        var clock = Stopwatch.StartNew();

        var result = await grader.GradeAsync(submission.Folder, TestContext.Current.CancellationToken);

        result.Assignment.Should().Be("quick", "the instructor's assignment file reaches the grader in the container");
        var check = result.Check("tcp-client/sends-line");
        check.Status.Should().Be(CheckStatus.Failed);
        check
            .Message.Should()
            .Contain("time limit of 2 s", "the client is stopped at the file's 2 s, not at the lab's 5 s");
        clock
            .Elapsed.Should()
            .BeLessThan(TimeSpan.FromSeconds(100), "the grader does not wait for the client's own 120 s of spinning");
        (await DockerGrading.LeftoversAsync(grader)).Should().BeEmpty();
    }

    [GeneratedRegex(@"child (\d) allocated (\d+) MiB")]
    private static partial Regex Allocated();

    [GeneratedRegex(@"child (\d) held all to the end")]
    private static partial Regex HeldToTheEnd();
}
