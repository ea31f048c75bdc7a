using System.Diagnostics;
using FluentAssertions;
using Grader.Launching;

namespace Grader.Tests.Launching;

/// <summary>
/// What the kernel shows of a real program's wait: a wait with no timeout on something only the outside world can end is
/// stuck, and said so; a wait with a timeout, a timer that can wake it, or a program at work is not.
/// </summary>
public sealed class StuckProgramTests
{
    private const string Socket = "import socket, sys\ns = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)\n";

    private const string Ready = "print('ready', flush=True)\n";

    [Theory]
    [InlineData("recvfrom", Socket + Ready + "s.recvfrom(10)\n", "waits in `recvfrom` on a socket with no timeout")]
    [InlineData(
        "poll",
        Socket + "import select\np = select.poll()\np.register(s, select.POLLIN)\n" + Ready + "p.poll()\n",
        "waits in `poll` with no timeout"
    )]
    [InlineData(
        "a thread",
        Socket
            + "import threading\nt = threading.Thread(target=lambda: s.recvfrom(10))\nt.start()\n"
            + Ready
            + "t.join()\n",
        "waits in `recvfrom` on a socket with no timeout"
    )]
    public async Task A_wait_with_no_timeout_on_a_socket_is_stuck_and_says_what_it_waits_in(
        string wait,
        string program,
        string description
    )
    {
        using var process = await StartAsync(program);

        var stuck = await ReadUntilStuckAsync(process);

        stuck.Should().NotBeNull(wait);
        stuck!.Description.Should().Be(description);
    }

    [Theory]
    [InlineData("settimeout", Socket + "s.settimeout(30)\n" + Ready + "s.recvfrom(10)\n", "poll")]
    [InlineData(
        "SO_RCVTIMEO",
        Socket
            + "import struct\ns.setsockopt(socket.SOL_SOCKET, socket.SO_RCVTIMEO, struct.pack('ll', 30, 0))\n"
            + Ready
            + "s.recvfrom(10)\n",
        "recvfrom"
    )]
    [InlineData(
        "an alarm's handler",
        Socket
            + "import signal\nsignal.signal(signal.SIGALRM, lambda *a: sys.exit(3))\nsignal.alarm(30)\n"
            + Ready
            + "s.recvfrom(10)\n",
        "recvfrom"
    )]
    public async Task A_wait_that_can_end_by_itself_is_not_stuck(string wait, string program, string call)
    {
        using var process = await StartAsync(program);

        await WaitUntilAsleepInAsync(process, call);

        StuckProgram.Read(process.Id).Should().BeNull(wait);
    }

    [Fact]
    public async Task A_program_at_work_is_not_stuck()
    {
        using var process = await StartAsync(Ready + "while True:\n    pass\n");

        for (var reading = 0; reading < 20; reading++)
            StuckProgram.Read(process.Id).Should().BeNull();
    }

    [Fact]
    public async Task A_program_whose_thread_started_a_child_at_work_is_not_stuck()
    {
        // The kernel lists the child under the thread that started it, not the main thread: it must count all the same.
        using var process = await StartAsync(
            Socket
                + "import subprocess, threading\n"
                + "started = threading.Event()\n"
                + "def start():\n"
                + "    child = subprocess.Popen([sys.executable, '-c', \"print('go', flush=True)\\nwhile True: pass\"], stdout=subprocess.PIPE)\n"
                + "    child.stdout.readline()\n"
                + "    started.set()\n"
                + "    threading.Event().wait()\n"
                + "threading.Thread(target=start, daemon=True).start()\n"
                + "started.wait()\n"
                + Ready
                + "s.recvfrom(10)\n"
        );

        await WaitUntilAsleepInAsync(process, "recvfrom");

        for (var reading = 0; reading < 20; reading++)
            StuckProgram.Read(process.Id).Should().BeNull("the child a thread started is at work");
    }

    private static async Task<OwnedProcess> StartAsync(string program)
    {
        var info = new ProcessStartInfo("python3", ["-c", program]) { RedirectStandardOutput = true };
        var process = new OwnedProcess(Process.Start(info)!);
        var line = await process.Process.StandardOutput.ReadLineAsync(TestContext.Current.CancellationToken);
        line.Should().Be("ready");
        return process;
    }

    // The kernel shows the wait once the thread is in it: read until then, at most 10 s.
    private static async Task<StuckProgram?> ReadUntilStuckAsync(OwnedProcess process)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(10))
        {
            if (StuckProgram.Read(process.Id) is { } stuck)
                return stuck;
            await Task.Delay(5, TestContext.Current.CancellationToken);
        }
        return null;
    }

    // Until every thread of the process sleeps, its main thread in the call named.
    private static async Task WaitUntilAsleepInAsync(OwnedProcess process, string call)
    {
        var numbers = new Dictionary<string, string[]> { ["poll"] = ["7", "271"], ["recvfrom"] = ["45", "207"] };
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(10))
        {
            var syscall = File.ReadAllText($"/proc/{process.Process.Id}/syscall").Split(' ')[0];
            var stat = File.ReadAllText($"/proc/{process.Process.Id}/stat");
            if (numbers[call].Contains(syscall) && stat[(stat.LastIndexOf(')') + 2)] == 'S')
                return;
            await Task.Delay(5, TestContext.Current.CancellationToken);
        }
        throw new TimeoutException($"the program never slept in {call}");
    }

    private sealed class OwnedProcess(Process process) : IDisposable
    {
        public Process Process { get; } = process;

        public int Id => Process.Id;

        public void Dispose()
        {
            Process.Kill(entireProcessTree: true);
            Process.WaitForExit();
            Process.Dispose();
        }
    }
}
