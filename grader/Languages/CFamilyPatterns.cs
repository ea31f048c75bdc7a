using static Grader.Languages.SocketFact;

namespace Grader.Languages;

/// <summary>What C and C++ code shows about a program's sockets: the BSD socket calls, POSIX threads and
/// processes.</summary>
internal static class CFamilyPatterns
{
    /// <summary>The patterns, with <paramref name="threads"/> (a language's own ways of starting a thread) tried right
    /// after POSIX threads.</summary>
    public static IReadOnlyList<ClassifierPattern> With(params IReadOnlyList<ClassifierPattern> threads) =>
        [
            new(Tcp, @"\bSOCK_STREAM\b"),
            new(Udp, @"\bSOCK_DGRAM\b"),
            new(Serves, @"\blisten\s*\(|\baccept4?\s*\("),
            new(Connects, @"\bconnect\s*\("),
            new(Binds, @"\bbind\s*\("),
            new(Receives, @"\brecv(from|msg)?\s*\("),
            new(Sends, @"\bsend(to|msg)?\s*\("),
            new(Concurrent, @"\bpthread_create\s*\(", "starts a thread per connection"),
            .. threads,
            new(Concurrent, @"\bfork\s*\(", "forks a process per connection"),
            new(Concurrent, @"\bepoll_(create1?|wait|ctl)\s*\(", "multiplexes with epoll"),
            new(Concurrent, @"\bselect\s*\(", "multiplexes with select"),
            new(Concurrent, @"\bpoll\s*\(", "multiplexes with poll"),
        ];
}
