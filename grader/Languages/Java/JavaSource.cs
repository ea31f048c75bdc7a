using static Grader.Languages.SocketFact;

namespace Grader.Languages.Java;

/// <summary>How the grader reads Java: <c>.java</c> files, with java.net's and java.nio's idioms.</summary>
internal static class JavaSource
{
    /// <summary>Java's sources.</summary>
    public static LanguageSource Reading { get; } =
        new(
            [".java"],
            new SourceSyntax(SyntaxFamily.Braces),
            [
                new(Tcp, @"\b(Server)?Socket(Channel)?\b|\bAsynchronousServerSocketChannel\b"),
                new(Udp, @"\bDatagram(Socket|Packet|Channel)\b"),
                new(Serves, @"\bServerSocket(Channel)?\b|\bAsynchronousServerSocketChannel\b|\.\s*accept\s*\("),
                new(
                    Connects,
                    @"\bnew\s+Socket\s*\(\s*[^)\s]|\.\s*connect\s*\(|\bSocketChannel\s*\.\s*open\s*\(\s*[^)\s]"
                ),
                new(Binds, @"\bnew\s+DatagramSocket\s*\(\s*[^)\s]|\.\s*bind\s*\("),
                new(Receives, @"\.\s*receive\s*\("),
                new(Sends, @"\.\s*send\s*\("),
                new(
                    Concurrent,
                    @"\bnew\s+Thread\s*\(|\bextends\s+Thread\b|\bThread\s*\.\s*(ofVirtual|ofPlatform|startVirtualThread)\b",
                    "starts a thread per connection"
                ),
                new(
                    Concurrent,
                    @"\bExecutorService\b|\bExecutors\s*\.|\bThreadPoolExecutor\b",
                    "serves connections from a pool of threads"
                ),
                new(Concurrent, @"\bAsynchronousServerSocketChannel\b", "accepts connections asynchronously"),
                new(Concurrent, @"\bSelector\b", "multiplexes with a Selector"),
            ],
            LanguageKeywords.Of(
                "abstract assert boolean break byte case catch char class const continue default do double else enum "
                    + "extends final finally float for goto if implements import instanceof int interface long native "
                    + "new package private protected public return short static strictfp super switch synchronized "
                    + "this throw throws transient try void volatile while var record true false null String System"
            )
        );
}
