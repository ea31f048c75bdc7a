using FluentAssertions;
using Grader.Results;
using Grader.Tests.Support;
using static Grader.Tests.Hostile.HostilePrograms;

namespace Grader.Tests.Hostile;

/// <summary>
/// The issue's threat model, bullet by bullet, which every sandbox that isolates must hold to: a submission's programs
/// cannot exhaust the machine, outlive grading, see or change anything but their own copy, reach a network, or disturb
/// the grader. Each sandbox runs all of it (<see cref="NamespaceHostileTests"/>, <see
/// cref="Containers.DockerHostileTests"/>). Every hostile program bounds itself, and after each test no process of it
/// is left.
/// </summary>
public abstract class HostileContract
{
    /// <summary>
    /// Grades <paramref name="folder"/> in the sandbox under test with the lab's rubric, as an instructor's assignment
    /// file in which each of <paramref name="limits"/> (such as <c>cpu-time: 1s</c>) replaces the shipped limit of its
    /// name.
    /// </summary>
    protected abstract Task<GradeResult> GradeAsync(string folder, params string[] limits);

    /// <summary>Paths of this machine that exist where the grader runs and must not exist for a program, beyond those
    /// every sandbox hides.</summary>
    protected abstract IReadOnlyList<string> HiddenPaths { get; }

    // ── exhaust the machine ──────────────────────────────────────────────────────────────────────────────────────

    [Fact]
    public async Task Fork_bomb_is_killed_at_the_process_limit_and_the_verdict_says_so()
    {
        var marker = NewMarker();
        using var submission = TempSubmission.CorrectPythonWith(
            "fork-bomb",
            new Dictionary<string, string> { ["TCPServer.py"] = Marked(marker, ForkBomb) }
        );

        var result = await GradeAsync(submission.Folder);

        result.Check("tcp-server/uppercase").Message.Should().Contain("was killed: more than 256 processes");
        result.Role("tcp-server-concurrent").Passed.Should().BeTrue("only the sequential server is hostile");
        LeftoverProcesses.Matching(marker).Should().BeEmpty();
    }

    [Fact]
    public async Task Memory_hog_is_stopped_at_the_memory_limit_and_the_verdict_says_so()
    {
        var marker = NewMarker();
        using var submission = TempSubmission.CorrectPythonWith(
            "memory-hog",
            new Dictionary<string, string>
            {
                // 10 MiB at a time, touched, up to 3 GiB at most.
                ["TCPClient.py"] = Marked(
                    marker,
                    """
                    chunks = []
                    for i in range(300):
                        chunks.append(b"x" * (10 << 20))
                    """
                ),
            }
        );

        var result = await GradeAsync(submission.Folder);

        result.Check("tcp-client/sends-line").Message.Should().Contain("used more than 512 MiB");
        result.Role("tcp-server").Passed.Should().BeTrue();
        LeftoverProcesses.Matching(marker).Should().BeEmpty();
    }

    [Fact]
    public async Task Program_spinning_on_the_cpu_is_killed_at_its_cpu_time()
    {
        var marker = NewMarker();
        using var submission = TempSubmission.CorrectPythonWith(
            "spinner",
            new Dictionary<string, string>
            {
                // Spins until it has used 4 s of CPU, however long a loaded machine takes to give it that: the 1 s
                // limit ends it first, on any machine (a spin bounded by wall time may get less than 1 s of CPU).
                ["TCPClient.py"] = Marked(
                    marker,
                    """
                    import time
                    while time.process_time() < 4:
                        pass
                    """
                ),
            }
        );

        var result = await GradeAsync(submission.Folder, "cpu-time: 1s");

        result.Check("tcp-client/sends-line").Message.Should().Contain("was killed: used more than 1 s of CPU time");
        LeftoverProcesses.Matching(marker).Should().BeEmpty();
    }

    [Fact]
    public async Task Program_filling_its_scratch_folder_is_stopped_at_the_scratch_limit()
    {
        var marker = NewMarker();
        using var submission = TempSubmission.CorrectPythonWith(
            "disk-filler",
            new Dictionary<string, string>
            {
                // 1 MiB files, 200 at most.
                ["TCPClient.py"] = Marked(
                    marker,
                    """
                    block = b"x" * (1 << 20)
                    for i in range(200):
                        with open(f"fill-{i}.bin", "wb") as f:
                            f.write(block)
                    """
                ),
            }
        );

        var result = await GradeAsync(submission.Folder, "scratch: 8MiB");

        // The namespace sandbox's scratch is a small disk that fills up; elsewhere the grader kills the program past
        // the limit.
        result.Check("tcp-client/sends-line").Message.Should().Contain("wrote more than 8 MiB of files");
        Directory
            .GetFiles(submission.Folder, "fill-*")
            .Should()
            .BeEmpty("the program wrote in its copy, not in the submission");
        LeftoverProcesses.Matching(marker).Should().BeEmpty();
    }

    [Fact]
    public async Task Flood_of_output_is_cut_at_the_cap_and_the_verdict_says_so()
    {
        var marker = NewMarker();
        using var submission = TempSubmission.CorrectPythonWith(
            "flood",
            new Dictionary<string, string>
            {
                // 20 MiB on each stream, then the usual client.
                ["TCPClient.py"] = Marked(
                    marker,
                    """
                    line = "x" * 1023 + "\n"
                    for i in range(20 * 1024):
                        sys.stdout.write(line)
                        sys.stderr.write(line)
                    """,
                    TcpClient
                ),
            }
        );

        var result = await GradeAsync(submission.Folder);

        var check = result.Check("tcp-client/prints-reply");
        check.Output!.Truncated.Should().BeTrue();
        check.Output.StandardOutput.Length.Should().BeLessThanOrEqualTo(64 * 1024);
        check.Message.Should().Contain("output cut at 64 KiB");
        LeftoverProcesses.Matching(marker).Should().BeEmpty();
    }

    // ── outlive grading ──────────────────────────────────────────────────────────────────────────────────────────

    [Fact]
    public async Task Program_ignoring_sigterm_and_sigint_with_a_daemon_in_a_new_session_leaves_nothing_that_disturbs_later_programs()
    {
        var marker = NewMarker();
        using var submission = TempSubmission.CorrectPythonWith(
            "immortal",
            new Dictionary<string, string>
            {
                // The server holds its port first; then the daemon, in a session of its own, takes TCP port 12000
                // whenever it is free, for 60 s at most: should it outlive its launch, every later TCP launch (a fresh
                // server, the concurrent server, the probe server for the client) finds the port taken.
                ["TCPServer.py"] = Marked(
                    marker,
                    TcpServerListening,
                    """
                    import signal, time
                    signal.signal(signal.SIGTERM, signal.SIG_IGN)
                    signal.signal(signal.SIGINT, signal.SIG_IGN)
                    if os.fork() == 0:
                        s.close()
                        os.setsid()
                        if os.fork() == 0:
                            squatter = socket(AF_INET, SOCK_STREAM)
                            end = time.monotonic() + 60
                            while time.monotonic() < end:
                                try:
                                    squatter.bind(("", 12000))
                                    squatter.listen(1)
                                    time.sleep(end - time.monotonic())
                                except OSError:
                                    time.sleep(0.05)
                        os._exit(0)
                    """,
                    TcpServerServing
                ),
            }
        );

        var result = await GradeAsync(submission.Folder);

        result.Role("tcp-server").Passed.Should().BeTrue();
        result.Role("tcp-server-concurrent").Passed.Should().BeTrue("the daemon ended with the launch that started it");
        result.Role("tcp-client").Passed.Should().BeTrue("the daemon ended with the launch that started it");
        LeftoverProcesses.Matching(marker).Should().BeEmpty();
    }

    // ── see or change anything but its own copy; reach a network ─────────────────────────────────────────────────

    [Fact]
    public async Task Program_sees_only_its_own_copy_and_loopback()
    {
        var marker = NewMarker();
        using var folder = new TempFolder();
        var resultFile = Path.Combine(folder["out"], "results", "classmate.json");
        Directory.CreateDirectory(Path.GetDirectoryName(resultFile)!);
        File.WriteAllText(resultFile, "{}");
        using var submission = TempSubmission.CorrectPythonWith("nosy", new Dictionary<string, string>());
        var hidden = new[]
        {
            Repository.Submission("python-no-uppercase"),
            Repository.Root,
            Path.Combine(Repository.Root, "grader", "Labs", "Lab1Sockets", "lab1-sockets.yaml"),
            resultFile,
            submission.WorkDirectory,
        }
            .Concat(HiddenPaths)
            .ToList();
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        // Only looks, and tries to write where it must not; never sends a byte anywhere.
        submission.With(
            "TCPClient.py",
            Marked(
                marker,
                $$"""
                import socket
                print("interfaces:", sorted(name for _, name in socket.if_nameindex()))
                with open("/proc/net/dev") as dev:
                    print("proc-net-dev:", sorted(line.split(":")[0].strip() for line in dev.readlines()[2:]))
                print("uid:", os.getuid())
                # The home folder exists only where the interpreter is installed under it (pyenv), and then holds only the way there.
                try:
                    print("home:", sorted(os.listdir("{{home}}")) if os.path.exists("{{home}}") else "absent")
                except OSError:
                    print("home: refused")
                for path in [{{string.Join(", ", hidden.Select(p => $"\"{p}\""))}}]:
                    print("exists:", path, os.path.exists(path))
                for path in ["{{resultFile}}", "{{Path.Combine(
                    Repository.Submission("python-no-uppercase"),
                    "TCPServer.py"
                )}}", "/etc/hostile"]:
                    try:
                        open(path, "w").write("forged")
                        print("wrote:", path)
                    except OSError as e:
                        print("refused:", path, e.errno)
                """
            )
        );

        var result = await GradeAsync(submission.Folder);

        var output = result.Check("tcp-client/sends-line").Output!.StandardOutput;
        output.Should().Contain("interfaces: ['lo']").And.Contain("proc-net-dev: ['lo']");
        output
            .Should()
            .Contain("exists:")
            .And.NotContain(" True", "no other submission, grader file, assignment, result or home folder is visible");
        output.Should().NotContain("wrote:");
        output.Should().NotContain("uid: 0");
        File.ReadAllText(resultFile).Should().Be("{}");
        output
            .Should()
            .MatchRegex(
                @"home: (absent|refused|\[\]|\['\.pyenv'\])",
                "nothing of the home folder but the way to a pyenv interpreter"
            );
        result.Role("tcp-server").Passed.Should().BeTrue("the other programs are graded as usual beside the nosy one");
        LeftoverProcesses.Matching(marker).Should().BeEmpty();
    }

    [Fact]
    public async Task Program_that_rewrites_and_deletes_its_files_changes_nothing_for_the_next_launch()
    {
        var marker = NewMarker();
        using var submission = TempSubmission.CorrectPythonWith("self-destructive", new Dictionary<string, string>());
        var original = Marked(
            marker,
            """
            with open("TCPServer.py", "w") as me:
                me.write("raise SystemExit(3)\n")
            for name in os.listdir("."):
                if name != "TCPServer.py":
                    os.remove(name)
            """,
            TcpServerLoop
        );
        submission.With("TCPServer.py", original);
        var files = Directory.GetFiles(submission.Folder).Length;

        var result = await GradeAsync(submission.Folder);

        result.Role("tcp-server").Passed.Should().BeTrue();
        result
            .Checks.Should()
            .NotContain(
                c => c.Message != null && c.Message.Contains("code 3", StringComparison.Ordinal),
                "every fresh server runs the submission as handed in, not as the last launch left it"
            );
        File.ReadAllText(Path.Combine(submission.Folder, "TCPServer.py")).Should().Be(original);
        Directory.GetFiles(submission.Folder).Should().HaveCount(files);
        LeftoverProcesses.Matching(marker).Should().BeEmpty();
    }

    // ── disturb the grader ───────────────────────────────────────────────────────────────────────────────────────

    [Fact]
    public async Task Program_cannot_kill_the_grader_forge_its_output_nor_hold_its_pipes_open()
    {
        var marker = NewMarker();
        using var submission = TempSubmission.CorrectPythonWith(
            "saboteur",
            new Dictionary<string, string>
            {
                // Signals everything it may, the grader by its number and its own parent (the grader, where it sees
                // it); tries to write a result into its parent's output; then leaves a child holding standard output
                // for 30 s.
                ["TCPClient.py"] = Marked(
                    marker,
                    $$"""
                    import signal, subprocess, time
                    parent = os.getppid()
                    for target in [-1, {{Environment.ProcessId}}] + ([parent] if parent > 1 else []):
                        try:
                            os.kill(target, signal.SIGKILL)
                            print("signalled", target)
                        except OSError as e:
                            print("refused", target, e.errno)
                    if parent > 1:
                        try:
                            with open(f"/proc/{parent}/fd/1", "w") as forged:
                                forged.write('{"score": 100}')
                            print("forged")
                        except OSError as e:
                            print("refused output", e.errno)
                    subprocess.Popen([sys.executable, "-c", "import time; time.sleep(300)", "{{marker}}"])
                    """,
                    TcpClient
                ),
            }
        );

        var result = await GradeAsync(submission.Folder);

        result.Role("tcp-client").Passed.Should().BeTrue();
        result
            .Checks.Should()
            .NotContain(
                c => c.Output != null && c.Output.StandardOutput.Contains("forged", StringComparison.Ordinal),
                "the grader's output is out of the program's reach (and the result above was read from it intact)"
            );
        result
            .DurationMs.Should()
            .BeLessThan(100_000, "a child holding the client's output for 300 s does not keep the grader waiting");
        result.Role("tcp-server").Passed.Should().BeTrue("the grader and its other programs are untouched");
        LeftoverProcesses.Matching(marker).Should().BeEmpty();
    }
}
