using FluentAssertions;
using Grader.Results;
using Grader.Tests.Support;

namespace Grader.Tests.Labs.Lab1Sockets;

/// <summary>The concurrency checks, each failed by a server written to fail exactly that check.</summary>
public sealed class ConcurrentServerCheckTests
{
    private const string Server = "TCPServerConcurrent.py";
    private const string Role = "tcp-server-concurrent";

    [Fact]
    public async Task Sequential_server_is_reported_not_concurrent_and_the_check_that_needs_concurrency_is_skipped()
    {
        var result = await LabGrading.GradeAsync(Repository.Submission("python-sequential-as-concurrent"));

        result.Faults(Role).Should().Equal("tcp-server-concurrent/idle-clients");
        result
            .Message("tcp-server-concurrent/idle-clients")
            .Should()
            .Be(
                "while a first client was connected and idle, the second client got no reply, and never would (the server waits in `recvfrom` on a socket with no timeout, as the kernel shows): the server serves one client at a time (sequential); serve each connection in a thread of its own"
            );
        result.Check("tcp-server-concurrent/simultaneous-clients").Status.Should().Be(CheckStatus.Skipped);
    }

    [Fact]
    public async Task The_same_check_passes_the_sequential_server_as_the_concurrent_one_only_when_it_is_concurrent()
    {
        // The lab's sequential server, handed in under the concurrent name, is told apart from the concurrent one.
        var sequential = File.ReadAllText(Path.Combine(Repository.Submission("python-correct"), "TCPServer.py"));

        var result = await OneFault.GradeAsync(Server, sequential);

        result.Faults(Role).Should().Contain("tcp-server-concurrent/idle-clients");
    }

    [Fact]
    public async Task Server_with_three_worker_threads_serves_a_second_client_but_not_a_tenth_beside_nine_idle()
    {
        var result = await OneFault.GradeAsync(
            Server,
            OneFault.Correct(
                Server,
                (
                    "import threading",
                    "import threading\nfrom concurrent.futures import ThreadPoolExecutor\npool = ThreadPoolExecutor(max_workers=3)"
                ),
                (
                    "    worker = threading.Thread(target=serve, args=(client,))\n    worker.start()",
                    "    pool.submit(serve, client)"
                )
            )
        );

        result.Faults(Role).Should().Equal("tcp-server-concurrent/idle-clients");
        result
            .Message("tcp-server-concurrent/idle-clients")
            .Should()
            .StartWith("while 9 clients were connected and idle, the client 10 got no reply, and never would")
            .And.Contain("serves only a few clients at once")
            .And.NotContain("sequential", "it served a second client beside an idle one");
    }

    [Fact]
    public async Task Threads_sharing_one_variable_cross_replies_between_simultaneous_clients()
    {
        var result = await OneFault.GradeAsync(
            Server,
            OneFault.Correct(
                Server,
                (
                    "def serve(client):\n    connectionSocket, addr = client\n    sentence = connectionSocket.recv(1024)",
                    "import time\nlast = b\"\"\n\n\ndef serve(client):\n    global last\n    connectionSocket, addr = client\n    last = connectionSocket.recv(1024)\n    time.sleep(0.05)\n    sentence = last"
                )
            )
        );

        result.Faults(Role).Should().Equal("tcp-server-concurrent/simultaneous-clients");
        result
            .Message("tcp-server-concurrent/simultaneous-clients")
            .Should()
            .MatchRegex(
                "^client [0-9]+ of 20 received the reply meant for client [0-9]+: replies crossed between clients"
            );
    }

    [Fact]
    public async Task The_next_client_after_an_empty_connection_waits_until_the_server_closed_it_so_shared_state_is_charged_to_concurrency_alone()
    {
        // Each thread keeps what it read in one variable; the thread of an empty connection sets it 100 ms late, while
        // a next client connected at once would be waiting out its 300 ms: that client would get the empty reply.
        var result = await OneFault.GradeAsync(
            Server,
            OneFault.Correct(
                Server,
                (
                    "def serve(client):\n    connectionSocket, addr = client\n    sentence = connectionSocket.recv(1024)",
                    "import time\nlast = b\"\"\n\n\ndef serve(client):\n    global last\n    connectionSocket, addr = client\n    received = connectionSocket.recv(1024)\n    if not received:\n        time.sleep(0.1)\n    last = received\n    time.sleep(0.3)\n    sentence = last"
                )
            )
        );

        result.Check("tcp-server-concurrent/empty-connection").Status.Should().Be(CheckStatus.Passed);
        result.Faults(Role).Should().Equal("tcp-server-concurrent/simultaneous-clients");
    }
}
