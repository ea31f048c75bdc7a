using static Grader.Languages.SocketFact;

namespace Grader.Languages.Python;

/// <summary>How the grader reads Python: <c>.py</c> files, with the socket module's, socketserver's and asyncio's
/// idioms.</summary>
internal static class PythonSource
{
    /// <summary>Python's sources.</summary>
    public static LanguageSource Reading { get; } =
        new(
            [".py"],
            new SourceSyntax(SyntaxFamily.Indented),
            [
                new(Tcp, @"\bSOCK_STREAM\b"),
                new(Tcp, @"\bsocket\s*\(\s*((socket\s*\.\s*)?AF_INET6?\s*)?\)"), // socket() and socket(AF_INET) are TCP
                new(Tcp, @"\b(create_connection|create_server|open_connection|start_server)\s*\("),
                new(Tcp, @"\b(Threading|Forking)?TCPServer\b"),
                new(Udp, @"\bSOCK_DGRAM\b"),
                new(Udp, @"\b(Threading|Forking)?UDPServer\b|\bcreate_datagram_endpoint\b"),
                new(
                    Serves,
                    @"\.\s*(listen|accept|serve_forever)\s*\(|\b(create_server|start_server)\s*\(|\b(Threading|Forking)?(TCP|UDP)Server\s*\("
                ),
                new(Connects, @"\.\s*connect\s*\(|\b(create_connection|open_connection)\s*\("),
                new(Binds, @"\.\s*bind\s*\("),
                new(Receives, @"\.\s*recv(from)?(_into)?\s*\("),
                new(Sends, @"\.\s*send(to|all)?\s*\("),
                new(Concurrent, @"\bThreading(TCP|UDP)Server\b|\bThreadingMixIn\b", "starts a thread per connection"),
                new(Concurrent, @"\bForking(TCP|UDP)Server\b|\bForkingMixIn\b", "forks a process per connection"),
                new(
                    Concurrent,
                    @"\bthreading\s*\.\s*Thread\b|\bThread\s*\(|\bstart_new_thread\s*\(",
                    "starts a thread per connection"
                ),
                new(
                    Concurrent,
                    @"\bThreadPoolExecutor\b|\bconcurrent\s*\.\s*futures\b",
                    "serves connections from a pool of threads"
                ),
                new(Concurrent, @"\bfork\s*\(", "forks a process per connection"),
                new(Concurrent, @"\bmultiprocessing\b|\bProcessPoolExecutor\b", "starts a process per connection"),
                new(Concurrent, @"\basyncio\b", "uses asyncio"),
                new(Concurrent, @"\bselectors\b", "multiplexes with selectors"),
                new(Concurrent, @"\bselect\s*\.\s*select\b|\bselect\s*\(", "multiplexes with select"),
                new(Concurrent, @"\bselect\s*\.\s*e?poll\b", "multiplexes with poll"),
            ],
            LanguageKeywords.Of(
                "False None True and as assert async await break class continue def del elif else except finally for "
                    + "from global if import in is lambda nonlocal not or pass raise return try while with yield "
                    + "self print input len range int str bytes open isinstance super"
            )
        );
}
