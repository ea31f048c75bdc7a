namespace Grader.Tests.Hostile;

/// <summary>
/// Small hostile Python programs, each bounded by itself (a count, a size or a time), so a run the sandbox failed to
/// contain still ends. Each first re-executes itself with a marker in its command line, so every process it starts
/// carries the marker and a test can find any that is left.
/// </summary>
public static class HostilePrograms
{
    /// <summary>A fresh marker for one test's processes.</summary>
    public static string NewMarker() => $"hostile-{Guid.NewGuid():N}";

    /// <summary>The <paramref name="parts"/>, one after another, as a program whose processes all carry <paramref
    /// name="marker"/>.</summary>
    public static string Marked(string marker, params string[] parts) =>
        "import os, sys\n"
        + $"if sys.argv[-1] != \"{marker}\":\n"
        + $"    os.execv(sys.executable, [sys.executable, \"-u\"] + sys.argv + [\"{marker}\"])\n"
        + string.Join("\n", parts)
        + "\n";

    /// <summary>A fork bomb: at most 2000 children, each gone after 30 s, so bounded even uncontained.</summary>
    public const string ForkBomb = """
        import time
        for i in range(2000):
            try:
                if os.fork() == 0:
                    time.sleep(30)
                    os._exit(0)
            except OSError:
                time.sleep(0.01)
        time.sleep(30)
        """;

    /// <summary>The first half of the lab's correct TCP server: its socket <c>s</c> listening on port 12000.</summary>
    public const string TcpServerListening = """
        from socket import *
        s = socket(AF_INET, SOCK_STREAM)
        s.bind(("", 12000))
        s.listen(5)
        """;

    /// <summary>The second half of the lab's correct TCP server: serving on <c>s</c> for ever.</summary>
    public const string TcpServerServing = """
        while True:
            c, a = s.accept()
            try:
                c.send(c.recv(1024).decode().upper().encode())
            except ConnectionError:
                pass
            c.close()
        """;

    /// <summary>The lab's correct TCP server, to end a hostile server's program with once its mischief is
    /// done.</summary>
    public const string TcpServerLoop = TcpServerListening + "\n" + TcpServerServing;

    /// <summary>The lab's correct TCP client, to end a hostile client's program with.</summary>
    public const string TcpClient = """
        from socket import *
        s = socket(AF_INET, SOCK_STREAM)
        s.connect(("localhost", 12000))
        line = input("Input a lowercase sentence:")
        s.send(line.encode())
        print("From Server:", s.recv(1024).decode())
        s.close()
        """;
}
