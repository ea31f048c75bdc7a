using static Grader.Languages.SocketFact;

namespace Grader.Languages.CSharp;

/// <summary>How the grader reads C#: a project's <c>.cs</c> files, with System.Net.Sockets' idioms.</summary>
internal static class CSharpSource
{
    /// <summary>C#'s sources.</summary>
    public static LanguageSource Reading { get; } =
        new(
            [".cs"],
            new SourceSyntax(SyntaxFamily.Braces) { PreprocessorLines = true, PrefixedStrings = true },
            [
                new(Tcp, @"\bTcp(Listener|Client)\b|\bSocketType\s*\.\s*Stream\b|\bProtocolType\s*\.\s*Tcp\b"),
                new(Udp, @"\bUdpClient\b|\bSocketType\s*\.\s*Dgram\b|\bProtocolType\s*\.\s*Udp\b"),
                new(Serves, @"\bTcpListener\b|\.\s*(Listen|Accept(Socket|TcpClient)?(Async)?)\s*\("),
                new(
                    Connects,
                    @"\bnew\s+TcpClient\s*\(\s*[^)\s]|\.\s*Connect(Async)?\s*\(|\bnew\s+UdpClient\s*\([^)]*,"
                ),
                new(Binds, @"\bnew\s+UdpClient\s*\(\s*(new\s+IPEndPoint\b|[^,()""\s][^,()""]*\))|\.\s*Bind\s*\("),
                new(Receives, @"\.\s*Receive(From)?(Async)?\s*\("),
                new(Sends, @"\.\s*Send(To)?(Async)?\s*\("),
                new(Concurrent, @"\bnew\s+Thread\s*\(", "starts a thread per connection"),
                new(
                    Concurrent,
                    @"\bTask\s*\.\s*(Run|Factory\s*\.\s*StartNew)\b|\bThreadPool\s*\.\s*\w*Queue|\bParallel\s*\.",
                    "serves connections on the thread pool"
                ),
                new(Concurrent, @"\b_\s*=\s*[\w.]+Async\s*\(", "starts a task per connection"),
            ],
            LanguageKeywords.Of(
                "abstract as base bool break byte case catch char checked class const continue decimal default "
                    + "delegate do double else enum event explicit extern false finally fixed float for foreach goto if "
                    + "implicit in int interface internal is lock long namespace new null object operator out override "
                    + "params private protected public readonly ref return sbyte sealed short sizeof stackalloc static "
                    + "string struct switch this throw true try typeof uint ulong unchecked unsafe ushort using virtual "
                    + "void volatile while var async await record Console Main"
            )
        );
}
