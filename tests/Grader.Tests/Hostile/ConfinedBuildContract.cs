using FluentAssertions;
using Grader.Results;
using Grader.Rubric;
using Grader.Tests.Support;
using static Grader.Tests.Hostile.HostilePrograms;

namespace Grader.Tests.Hostile;

/// <summary>
/// A submission's build is confined like its programs, in every sandbox that isolates (<see
/// cref="NamespaceBuildTests"/>,
/// <see cref="Containers.DockerBuildTests"/>): a hostile <c>submission.yaml</c> build sees only loopback and its own
/// copy, cannot leave a process behind or fork without end. Each hostile build is a Python program that bounds itself,
/// so an uncontained run still ends.
/// </summary>
public abstract class ConfinedBuildContract
{
    /// <summary>Grades <paramref name="folder"/> in the sandbox under test with the lab's shipped rubric.</summary>
    protected abstract Task<GradeResult> GradeAsync(string folder);

    // A manifest whose build runs build.py, with one role (by default the lab's correct TCP server) to grade once the
    // build is done.
    protected static TempSubmission WithHostileBuild(
        string name,
        string build,
        string run = "tcp-server: python3 TCPServer.py"
    ) =>
        TempSubmission.CorrectPythonWith(
            name,
            new Dictionary<string, string>
            {
                ["build.py"] = build,
                ["submission.yaml"] = $"build: python3 build.py\nrun:\n  {run}\n",
            }
        );

    [Fact]
    public async Task Build_sees_only_loopback_and_its_own_copy_and_cannot_write_into_another_submission()
    {
        var marker = NewMarker();
        using var classmate = TempSubmission.CorrectPythonWith("classmate", new Dictionary<string, string>());
        var classmateFile = Path.Combine(classmate.Folder, "TCPServer.py");
        var classmateText = File.ReadAllText(classmateFile);
        var rubric = Path.Combine(Repository.Root, "grader", "Labs", "Lab1Sockets", "lab1-sockets.yaml");
        var example = Path.Combine(Repository.Submission("python-correct"), "TCPServer.py");
        // Only looks, and tries to write where it must not; never sends a byte anywhere. What it found, the run command
        // prints.
        using var submission = WithHostileBuild(
            "nosy-build",
            Marked(
                marker,
                $$"""
                import socket
                found = []
                found.append(f"interfaces: {sorted(name for _, name in socket.if_nameindex())}")
                for path in ["{{example}}", "{{rubric}}", "{{classmateFile}}"]:
                    try:
                        found.append(f"read: {path} {len(open(path).read())}")
                    except OSError as e:
                        found.append(f"unreadable: {path} {e.errno}")
                for path in ["{{classmateFile}}", "{{Path.Combine(
                    classmate.Folder,
                    "planted.py"
                )}}"]:
                    try:
                        open(path, "w").write("forged")
                        found.append(f"wrote: {path}")
                    except OSError as e:
                        found.append(f"refused: {path} {e.errno}")
                open(os.path.join(os.environ["GRADER_BUILD_DIR"], "found.txt"), "w").write("\n".join(found) + "\n")
                """
            ),
            run: "tcp-client: cat \"$GRADER_BUILD_DIR/found.txt\""
        );

        var result = await GradeAsync(submission.Folder);

        var found = result.Check("tcp-client/sends-line").Output!.StandardOutput;
        found.Should().Contain("interfaces: ['lo']");
        found
            .Should()
            .Contain($"unreadable: {example} 2")
            .And.Contain($"unreadable: {rubric} 2")
            .And.Contain(
                $"unreadable: {classmateFile} 2",
                "no other submission and no grader file exists for the build"
            );
        found.Should().NotContain("read: ").And.NotContain("wrote: ");
        File.ReadAllText(classmateFile).Should().Be(classmateText);
        File.Exists(Path.Combine(classmate.Folder, "planted.py")).Should().BeFalse();
        LeftoverProcesses.Matching(marker).Should().BeEmpty();
    }

    [Fact]
    public async Task Daemon_left_by_a_build_is_gone_when_the_build_ends()
    {
        var marker = NewMarker();
        // Double fork and a new session, then the build succeeds at once; the daemon would sleep 300 s.
        using var submission = WithHostileBuild(
            "daemon-build",
            Marked(
                marker,
                """
                import time
                if os.fork() == 0:
                    os.setsid()
                    if os.fork() == 0:
                        time.sleep(300)
                    os._exit(0)
                os.wait()
                """
            )
        );

        var result = await GradeAsync(submission.Folder);

        result.Role("tcp-server").Passed.Should().BeTrue("the build succeeded and its outputs were used");
        result
            .DurationMs.Should()
            .BeLessThan(100_000, "the grader waits neither for the daemon's 300 s nor for the build's 120 s limit");
        LeftoverProcesses.Matching(marker).Should().BeEmpty();
    }

    [Fact]
    public async Task Fork_bomb_in_a_build_is_killed_at_the_build_process_limit_and_the_verdict_says_so_in_one_line()
    {
        var marker = NewMarker();
        using var submission = WithHostileBuild("fork-bomb-build", Marked(marker, ForkBomb));

        var result = await GradeAsync(submission.Folder);

        var problem = result.Role("tcp-server").Problem!;
        problem
            .Split('\n')[0]
            .Should()
            .Be(
                $"The build command of submission.yaml was killed: more than {ProgramLimits.BuildProcessesFloor} processes."
            );
        result.Check("tcp-server/uppercase").Message.Should().Be($"skipped: {problem.Split('\n')[0]}");
        result
            .DurationMs.Should()
            .BeLessThan(90_000, "the build is stopped at the process limit, long before its 120 s time limit");
        LeftoverProcesses.Matching(marker).Should().BeEmpty();
    }
}
