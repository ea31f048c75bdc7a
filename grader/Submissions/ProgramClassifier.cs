using System.Text;
using Grader.Languages;
using Grader.Rubric;
using Grader.Sandboxes;
using static Grader.Submissions.SocketFact;
using static Grader.Submissions.SourceDialect;

namespace Grader.Submissions;

/// <summary>
/// Tells what a source file does by reading it: which socket it opens, whether it serves or connects, and how a server
/// serves connections side by side. A table of patterns per language; a new idiom is one more line.
/// </summary>
internal static class ProgramClassifier
{
    /// <summary>How much of a file is read: the lab's programs are a few kilobytes, and a huge file is not one of
    /// them.</summary>
    public const int MaxBytes = 256 * 1024;

    /// <summary>
    /// What code shows what. Concurrency patterns are tried in this order, so the first that matches says how the
    /// server works ("starts a thread per connection" before "forks a process per connection").
    /// </summary>
    private static readonly IReadOnlyList<SourcePattern> Table =
    [
        // Python: the socket module, socketserver and asyncio.
        new(Python, Tcp, @"\bSOCK_STREAM\b"),
        new(Python, Tcp, @"\bsocket\s*\(\s*((socket\s*\.\s*)?AF_INET6?\s*)?\)"), // socket() and socket(AF_INET) are TCP
        new(Python, Tcp, @"\b(create_connection|create_server|open_connection|start_server)\s*\("),
        new(Python, Tcp, @"\b(Threading|Forking)?TCPServer\b"),
        new(Python, Udp, @"\bSOCK_DGRAM\b"),
        new(Python, Udp, @"\b(Threading|Forking)?UDPServer\b|\bcreate_datagram_endpoint\b"),
        new(
            Python,
            Serves,
            @"\.\s*(listen|accept|serve_forever)\s*\(|\b(create_server|start_server)\s*\(|\b(Threading|Forking)?(TCP|UDP)Server\s*\("
        ),
        new(Python, Connects, @"\.\s*connect\s*\(|\b(create_connection|open_connection)\s*\("),
        new(Python, Binds, @"\.\s*bind\s*\("),
        new(Python, Receives, @"\.\s*recv(from)?(_into)?\s*\("),
        new(Python, Sends, @"\.\s*send(to|all)?\s*\("),
        new(Python, Concurrent, @"\bThreading(TCP|UDP)Server\b|\bThreadingMixIn\b", "starts a thread per connection"),
        new(Python, Concurrent, @"\bForking(TCP|UDP)Server\b|\bForkingMixIn\b", "forks a process per connection"),
        new(
            Python,
            Concurrent,
            @"\bthreading\s*\.\s*Thread\b|\bThread\s*\(|\bstart_new_thread\s*\(",
            "starts a thread per connection"
        ),
        new(
            Python,
            Concurrent,
            @"\bThreadPoolExecutor\b|\bconcurrent\s*\.\s*futures\b",
            "serves connections from a pool of threads"
        ),
        new(Python, Concurrent, @"\bfork\s*\(", "forks a process per connection"),
        new(Python, Concurrent, @"\bmultiprocessing\b|\bProcessPoolExecutor\b", "starts a process per connection"),
        new(Python, Concurrent, @"\basyncio\b", "uses asyncio"),
        new(Python, Concurrent, @"\bselectors\b", "multiplexes with selectors"),
        new(Python, Concurrent, @"\bselect\s*\.\s*select\b|\bselect\s*\(", "multiplexes with select"),
        new(Python, Concurrent, @"\bselect\s*\.\s*e?poll\b", "multiplexes with poll"),
        // Java: java.net and java.nio.
        new(Java, Tcp, @"\b(Server)?Socket(Channel)?\b|\bAsynchronousServerSocketChannel\b"),
        new(Java, Udp, @"\bDatagram(Socket|Packet|Channel)\b"),
        new(Java, Serves, @"\bServerSocket(Channel)?\b|\bAsynchronousServerSocketChannel\b|\.\s*accept\s*\("),
        new(
            Java,
            Connects,
            @"\bnew\s+Socket\s*\(\s*[^)\s]|\.\s*connect\s*\(|\bSocketChannel\s*\.\s*open\s*\(\s*[^)\s]"
        ),
        new(Java, Binds, @"\bnew\s+DatagramSocket\s*\(\s*[^)\s]|\.\s*bind\s*\("),
        new(Java, Receives, @"\.\s*receive\s*\("),
        new(Java, Sends, @"\.\s*send\s*\("),
        new(
            Java,
            Concurrent,
            @"\bnew\s+Thread\s*\(|\bextends\s+Thread\b|\bThread\s*\.\s*(ofVirtual|ofPlatform|startVirtualThread)\b",
            "starts a thread per connection"
        ),
        new(
            Java,
            Concurrent,
            @"\bExecutorService\b|\bExecutors\s*\.|\bThreadPoolExecutor\b",
            "serves connections from a pool of threads"
        ),
        new(Java, Concurrent, @"\bAsynchronousServerSocketChannel\b", "accepts connections asynchronously"),
        new(Java, Concurrent, @"\bSelector\b", "multiplexes with a Selector"),
        // C and C++: the BSD socket calls, POSIX threads and processes.
        new(CFamily, Tcp, @"\bSOCK_STREAM\b"),
        new(CFamily, Udp, @"\bSOCK_DGRAM\b"),
        new(CFamily, Serves, @"\blisten\s*\(|\baccept4?\s*\("),
        new(CFamily, Connects, @"\bconnect\s*\("),
        new(CFamily, Binds, @"\bbind\s*\("),
        new(CFamily, Receives, @"\brecv(from|msg)?\s*\("),
        new(CFamily, Sends, @"\bsend(to|msg)?\s*\("),
        new(CFamily, Concurrent, @"\bpthread_create\s*\(", "starts a thread per connection"),
        new(Cpp, Concurrent, @"\bstd\s*::\s*j?thread\b|\bj?thread\s+\w+\s*[({]", "starts a thread per connection"),
        new(CFamily, Concurrent, @"\bfork\s*\(", "forks a process per connection"),
        new(CFamily, Concurrent, @"\bepoll_(create1?|wait|ctl)\s*\(", "multiplexes with epoll"),
        new(CFamily, Concurrent, @"\bselect\s*\(", "multiplexes with select"),
        new(CFamily, Concurrent, @"\bpoll\s*\(", "multiplexes with poll"),
        // C#: System.Net.Sockets.
        new(CSharp, Tcp, @"\bTcp(Listener|Client)\b|\bSocketType\s*\.\s*Stream\b|\bProtocolType\s*\.\s*Tcp\b"),
        new(CSharp, Udp, @"\bUdpClient\b|\bSocketType\s*\.\s*Dgram\b|\bProtocolType\s*\.\s*Udp\b"),
        new(CSharp, Serves, @"\bTcpListener\b|\.\s*(Listen|Accept(Socket|TcpClient)?(Async)?)\s*\("),
        new(
            CSharp,
            Connects,
            @"\bnew\s+TcpClient\s*\(\s*[^)\s]|\.\s*Connect(Async)?\s*\(|\bnew\s+UdpClient\s*\([^)]*,"
        ),
        new(CSharp, Binds, @"\bnew\s+UdpClient\s*\(\s*(new\s+IPEndPoint\b|[^,()""\s][^,()""]*\))|\.\s*Bind\s*\("),
        new(CSharp, Receives, @"\.\s*Receive(From)?(Async)?\s*\("),
        new(CSharp, Sends, @"\.\s*Send(To)?(Async)?\s*\("),
        new(CSharp, Concurrent, @"\bnew\s+Thread\s*\(", "starts a thread per connection"),
        new(
            CSharp,
            Concurrent,
            @"\bTask\s*\.\s*(Run|Factory\s*\.\s*StartNew)\b|\bThreadPool\s*\.\s*\w*Queue|\bParallel\s*\.",
            "serves connections on the thread pool"
        ),
        new(CSharp, Concurrent, @"\b_\s*=\s*[\w.]+Async\s*\(", "starts a task per connection"),
    ];

    /// <summary>What <paramref name="text"/>, a source in <paramref name="dialect"/>, does.</summary>
    public static SourceFacts Classify(string text, SourceDialect dialect)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (dialect == SourceDialect.None)
            return SourceFacts.Unknown;
        var code = SourceText.Code(text, dialect);
        var first = new Dictionary<SocketFact, int>();
        string? how = null;
        foreach (var pattern in Table.Where(p => (p.Dialects & dialect) != 0))
        {
            var match = pattern.Regex.Match(code);
            if (!match.Success)
                continue;
            first[pattern.Fact] = Math.Min(first.GetValueOrDefault(pattern.Fact, int.MaxValue), match.Index);
            how ??= pattern.How;
        }

        var tcp = first.ContainsKey(Tcp);
        var udp = first.ContainsKey(Udp);
        Transport? transport =
            tcp == udp ? null
            : tcp ? Transport.Tcp
            : Transport.Udp;
        var serves = first.ContainsKey(Serves);
        var sendsAt = Math.Min(
            first.GetValueOrDefault(Sends, int.MaxValue),
            first.GetValueOrDefault(Connects, int.MaxValue)
        );
        var receivesAt = first.GetValueOrDefault(Receives, int.MaxValue);
        var kind = transport switch
        {
            Transport.Tcp when serves => ProgramKind.TcpServer,
            Transport.Tcp when first.ContainsKey(Connects) => ProgramKind.TcpClient,
            // A UDP server binds its port and waits for a datagram; a client sends to its server first.
            Transport.Udp when serves || (first.ContainsKey(Binds) && receivesAt < sendsAt) => ProgramKind.UdpServer,
            Transport.Udp when sendsAt < int.MaxValue => ProgramKind.UdpClient,
            _ => ProgramKind.Unknown,
        };
        return new SourceFacts(transport, kind, kind == ProgramKind.TcpServer ? how : null);
    }

    /// <summary>
    /// What the program in <paramref name="file"/>, in the language named <paramref name="language"/>, does: a source
    /// file's first <see cref="MaxBytes"/>, or a C# project's <c>.cs</c> files up to that much in all. Unknown when it
    /// cannot be read. The facts carry which of <paramref name="marks"/> the source holds.
    /// </summary>
    public static SourceFacts ClassifyFile(FileInfo file, string language, IReadOnlyList<string>? marks = null)
    {
        ArgumentNullException.ThrowIfNull(file);
        var dialect = DialectOf(language);
        if (dialect == SourceDialect.None)
            return SourceFacts.Unknown;
        try
        {
            var text = dialect == CSharp ? ProjectSources(file.Directory!) : Head(file, MaxBytes);
            var facts = Classify(text, dialect);
            var held = (marks ?? []).Where(mark => text.Contains(mark, StringComparison.Ordinal)).ToList();
            return held.Count == 0 ? facts : facts with { Marks = held };
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return SourceFacts.Unknown;
        }
    }

    /// <summary>The dialect of a language's sources, by the language's name (<see
    /// cref="RoleProgram.Language"/>).</summary>
    public static SourceDialect DialectOf(string language) =>
        language switch
        {
            "python" => Python,
            "java" => Java,
            "c" => C,
            "c++" => Cpp,
            "csharp" => CSharp,
            _ => SourceDialect.None,
        };

    private static string Head(FileInfo file, int bytes)
    {
        // A pipe or a device has no length: opening a pipe would wait for a writer, and a device may never end.
        if (file.Length == 0)
            return "";
        using var stream = file.OpenRead();
        var buffer = new byte[Math.Min(bytes, Math.Max(0, stream.Length))];
        var read = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        return Encoding.UTF8.GetString(buffer, 0, read);
    }

    // A project's sources, outside its build output, up to the same cap in all.
    private static string ProjectSources(DirectoryInfo project)
    {
        var options = new EnumerationOptions
        {
            IgnoreInaccessible = true,
            RecurseSubdirectories = true,
            MaxRecursionDepth = 4,
        };
        var text = new StringBuilder();
        foreach (var source in project.EnumerateFiles("*.cs", options).OrderBy(f => f.FullName, StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(project.FullName, source.FullName).Split(Path.DirectorySeparatorChar);
            if (relative.SkipLast(1).Any(folder => folder is "obj" or "bin" || folder.StartsWith('.')))
                continue;
            if (text.Length >= MaxBytes)
                break;
            text.AppendLine(Head(source, MaxBytes - text.Length));
        }
        return text.ToString();
    }
}
