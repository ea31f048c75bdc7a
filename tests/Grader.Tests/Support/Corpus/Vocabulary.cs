namespace Grader.Tests.Support.Corpus;

/// <summary>Words students use for names, comments and messages.</summary>
public static class Vocabulary
{
    /// <summary>Nouns for names.</summary>
    public static IReadOnlyList<string> Nouns { get; } =
    [
        "msg",
        "data",
        "reply",
        "text",
        "line",
        "conn",
        "sock",
        "client",
        "server",
        "addr",
        "port",
        "host",
        "buf",
        "payload",
        "result",
        "answer",
        "request",
        "response",
        "word",
        "value",
        "item",
        "count",
        "total",
        "limit",
        "chunk",
        "packet",
        "peer",
        "target",
        "handler",
        "worker",
        "job",
        "task",
        "info",
        "entry",
        "label",
        "note",
    ];

    private static readonly string[] Verbs =
    [
        "send",
        "read",
        "check",
        "show",
        "build",
        "parse",
        "clean",
        "make",
        "get",
        "put",
        "log",
        "wait",
        "handle",
        "format",
        "count",
        "trim",
        "split",
        "join",
        "fix",
        "load",
    ];

    private static readonly string[] Words =
    [
        "the",
        "server",
        "client",
        "sends",
        "reply",
        "message",
        "waits",
        "for",
        "a",
        "line",
        "and",
        "prints",
        "it",
        "back",
        "upper",
        "case",
        "socket",
        "port",
        "closed",
        "connection",
        "error",
        "done",
        "now",
        "here",
        "ok",
        "lab",
        "one",
        "user",
        "text",
        "input",
        "output",
        "timeout",
        "again",
        "please",
        "type",
    ];

    /// <summary>One of <paramref name="words"/>.</summary>
    public static string Pick(Random random, IReadOnlyList<string> words) => words[random.Next(words.Count)];

    /// <summary>A name such as <c>send_reply</c>.</summary>
    public static string FunctionName(Random random) => $"{Pick(random, Verbs)}_{Pick(random, Nouns)}";

    /// <summary>A name such as <c>reply_count</c>.</summary>
    public static string VariableName(Random random) =>
        random.Next(2) == 0 ? Pick(random, Nouns) : $"{Pick(random, Nouns)}_{Pick(random, Nouns)}";

    /// <summary>A few words, such as a comment or a prompt.</summary>
    public static string Sentence(Random random) =>
        string.Join(' ', Enumerable.Range(0, 3 + random.Next(5)).Select(_ => Pick(random, Words)));
}
