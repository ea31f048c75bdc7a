namespace Grader.Tests.Support.Corpus;

/// <summary>
/// One student's five programs, written from the lecture's: each program takes some of the improvements students
/// usually make (a timeout, catching a refused connection or a reset, SO_REUSEADDR, a port from the command line, a
/// main function, a log helper) and, sometimes, helper functions of the student's own.
/// </summary>
public static class LabSolution
{
    /// <summary>The programs, by file name: the lecture's <paramref name="lecture"/> (file name → text) changed as
    /// <paramref name="random"/> chooses; an <paramref name="elaborate"/> solution takes every improvement and several
    /// helpers of its own.</summary>
    public static IReadOnlyDictionary<string, string> Write(
        IReadOnlyDictionary<string, string> lecture,
        Random random,
        bool elaborate
    )
    {
        var habits = StudentHabits.Choose(random);
        return lecture
            .OrderBy(pair => pair.Key, StringComparer.Ordinal)
            .ToDictionary(
                pair => pair.Key,
                pair => Program(pair.Key, pair.Value, habits, random, elaborate),
                StringComparer.Ordinal
            );
    }

    private static string Program(string name, string text, StudentHabits habits, Random random, bool elaborate)
    {
        var lines = text.Replace("\r", "", StringComparison.Ordinal).TrimEnd('\n').Split('\n').ToList();
        habits.Apply(lines);
        bool Takes(double chance) => elaborate || random.NextDouble() < chance;
        var isClient = name.Contains("Client", StringComparison.Ordinal);
        var isTcp = name.StartsWith("TCP", StringComparison.Ordinal);

        if (isClient && Takes(0.3))
            Timeout(lines, random);
        if (isClient && isTcp && Takes(0.3))
            Refused(lines, random);
        if (!isClient && Takes(0.3))
            ReuseAddress(lines, random);
        if (!isClient && isTcp && Takes(0.3))
            CatchReset(lines, random);
        if (!isClient && Takes(0.2))
            StopOnInterrupt(lines, random);
        if (Takes(0.25))
            PortFromArguments(lines, random);
        var helpers =
            elaborate ? 2 + random.Next(2)
            : random.NextDouble() < 0.3 ? 1
            : 0;
        var functions = new List<string>();
        if (Takes(0.2))
            functions.AddRange(LogHelper(random));
        for (var i = 0; i < helpers; i++)
            functions.AddRange(PersonalCode.Function(random));
        Insert(lines, AfterImports(lines), functions);
        if (Takes(0.3))
            MainFunction(lines);
        lines.Insert(1, $"# {Vocabulary.Sentence(random)}");
        return string.Join('\n', lines) + "\n";
    }

    // Each improvement is written the few ways students write it, so two independent solutions that make the same
    // improvements need not make them alike.
    private static void Timeout(List<string> lines, Random random)
    {
        var create = lines.FindIndex(l => l.Contains("socket(", StringComparison.Ordinal) && l.Contains('='));
        var socket = lines[create].Split('=')[0].Trim();
        var receive = lines.FindIndex(l => l.Contains(".recv", StringComparison.Ordinal));
        var message = $"print(\"{Vocabulary.Sentence(random)}\")";
        switch (random.Next(4))
        {
            case 0:
                lines.Insert(create + 1, $"{socket}.settimeout({random.Next(1, 5)})");
                Wrap(lines, receive + 1, receive + 2, "OSError", [message, "raise SystemExit(1)"]);
                break;
            case 1:
                lines.Insert(receive, $"{socket}.settimeout({random.Next(1, 5)}.0)");
                Wrap(lines, receive + 1, receive + 2, "TimeoutError", [message, $"{socket}.close()", "exit(1)"]);
                break;
            case 2:
                lines.Insert(create + 1, $"{socket}.settimeout({random.Next(1, 5)})");
                lines[receive + 2] = "else:";
                lines.Insert(receive + 3, "    print(\"From Server:\", modifiedSentence.decode())");
                lines.Insert(receive + 2, $"    print(\"{Vocabulary.Sentence(random)}\", error)");
                lines.Insert(receive + 2, "except OSError as error:");
                lines[receive + 1] = "    " + lines[receive + 1];
                lines.Insert(receive + 1, "try:");
                break;
            default:
                lines.Insert(create + 1, $"{socket}.settimeout({random.Next(1, 5)})");
                lines.Insert(receive + 1, "modifiedSentence = b\"\"");
                Wrap(lines, receive + 2, receive + 2, "OSError", ["pass"]);
                lines.Insert(receive + 6, "if not modifiedSentence:");
                lines.Insert(receive + 7, "    " + message);
                lines.Insert(receive + 8, "    raise SystemExit(1)");
                break;
        }
    }

    private static void Refused(List<string> lines, Random random)
    {
        var connect = lines.FindIndex(l => l.Contains(".connect(", StringComparison.Ordinal));
        var socket = lines[connect].Split('.')[0].Trim();
        var message = $"print(\"{Vocabulary.Sentence(random)}\")";
        switch (random.Next(3))
        {
            case 0:
                Wrap(lines, connect, connect, "ConnectionRefusedError", [message, "raise SystemExit(1)"]);
                break;
            case 1:
                Wrap(
                    lines,
                    connect,
                    connect,
                    "OSError as problem",
                    [$"print(\"{Vocabulary.Sentence(random)}:\", problem)", "sys.exit(1)"]
                );
                lines.Insert(AfterImports(lines) - 1, "import sys");
                break;
            default:
                Wrap(lines, connect, connect, "ConnectionRefusedError", [$"{socket}.close()", message, "exit()"]);
                break;
        }
    }

    private static void ReuseAddress(List<string> lines, Random random)
    {
        var create = lines.FindIndex(l => l.Contains("socket(", StringComparison.Ordinal) && l.Contains('='));
        var socket = lines[create].Split('=')[0].Trim();
        var module = lines[create].Contains("socket.socket", StringComparison.Ordinal) ? "socket." : "";
        var on = random.Next(2) == 0 ? "1" : "True";
        var at =
            random.Next(2) == 0 ? create + 1 : lines.FindIndex(l => l.Contains(".bind(", StringComparison.Ordinal));
        lines.Insert(at, $"{socket}.setsockopt({module}SOL_SOCKET, {module}SO_REUSEADDR, {on})");
    }

    private static void CatchReset(List<string> lines, Random random)
    {
        var receive = lines.FindIndex(l => l.Contains(".recv(", StringComparison.Ordinal));
        var send = lines.FindIndex(receive, l => l.Contains(".send", StringComparison.Ordinal));
        var connection = lines[send].Trim().Split('.')[0];
        switch (random.Next(4))
        {
            case 0:
                Wrap(lines, receive, send, "ConnectionError", [$"print(\"{Vocabulary.Sentence(random)}\")"]);
                break;
            case 1:
                Wrap(lines, receive, send, "(ConnectionResetError, BrokenPipeError)", ["pass"]);
                break;
            case 2:
                Wrap(
                    lines,
                    receive,
                    send,
                    "OSError as reason",
                    [$"print(\"{Vocabulary.Sentence(random)}\", reason)", $"{connection}.close()"]
                );
                break;
            default:
                Wrap(lines, receive, send, "Exception", [$"print(\"{Vocabulary.Sentence(random)}\")"]);
                break;
        }
    }

    private static void StopOnInterrupt(List<string> lines, Random random)
    {
        var loop = lines.FindIndex(l => l.StartsWith("while ", StringComparison.Ordinal));
        var end = loop + 1;
        while (end + 1 < lines.Count && lines[end + 1].StartsWith(' '))
            end++;
        if (random.Next(2) == 0)
            Wrap(lines, loop, end, "KeyboardInterrupt", [$"print(\"{Vocabulary.Sentence(random)}\")"]);
        else
        {
            Wrap(lines, loop, end, "KeyboardInterrupt", ["pass"]);
            var close = lines.FindLastIndex(l =>
                l.EndsWith(".close()", StringComparison.Ordinal) && !l.StartsWith(' ')
            );
            if (close >= 0)
            {
                lines.Insert(close + 1, "    " + lines[close]);
                lines[close] = "finally:";
            }
        }
    }

    private static void PortFromArguments(List<string> lines, Random random)
    {
        var port = lines.FindIndex(l => l.StartsWith("serverPort = ", StringComparison.Ordinal));
        if (port < 0)
            return;
        switch (random.Next(3))
        {
            case 0:
                lines[port] = "serverPort = int(sys.argv[1]) if len(sys.argv) > 1 else 12000";
                lines.Insert(AfterImports(lines) - 1, "import sys");
                break;
            case 1:
                lines.InsertRange(port + 1, ["if len(sys.argv) == 2:", "    serverPort = int(sys.argv[1])"]);
                lines.Insert(AfterImports(lines) - 1, "import sys");
                break;
            default:
                lines[port] = "serverPort = int(os.environ.get(\"PORT\", \"12000\"))";
                lines.Insert(AfterImports(lines) - 1, "import os");
                break;
        }
    }

    private static IEnumerable<string> LogHelper(Random random) =>
        random.Next(3) switch
        {
            0 => ["import time", "", "", "def log(text):", "    print(time.strftime(\"%H:%M:%S\"), text)", "", ""],
            1 => ["def log(*parts):", "    print(\"[log]\", *parts, flush=True)", "", ""],
            _ =>
            [
                "VERBOSE = True",
                "",
                "",
                "def log(message, level=\"info\"):",
                "    if VERBOSE:",
                "        print(level.upper() + \":\", message)",
                "",
                "",
            ],
        };

    // Everything after the imports and the functions moves into main(), called under the usual guard.
    private static void MainFunction(List<string> lines)
    {
        var start = AfterImports(lines);
        while (
            start < lines.Count && (lines[start].StartsWith("def ", StringComparison.Ordinal) || Inside(lines, start))
        )
            start++;
        while (
            start < lines.Count
            && lines[start].Length > 0
            && !char.IsWhiteSpace(lines[start][0])
            && IsSetting(lines[start])
        )
            start++;
        var body = lines.Skip(start).Where(l => l.Length > 0).Select(l => "    " + l).ToList();
        lines.RemoveRange(start, lines.Count - start);
        lines.AddRange(["", "", "def main():", .. body, "", "", "if __name__ == \"__main__\":", "    main()"]);
    }

    private static bool Inside(List<string> lines, int at) =>
        lines[at].Length == 0
        || char.IsWhiteSpace(lines[at][0])
        || lines[at].StartsWith("VERBOSE", StringComparison.Ordinal)
        || lines[at].StartsWith("import ", StringComparison.Ordinal);

    private static bool IsSetting(string line) =>
        line.StartsWith("serverPort", StringComparison.Ordinal)
        || line.StartsWith("serverName", StringComparison.Ordinal);

    private static int AfterImports(List<string> lines)
    {
        var at = 0;
        while (
            at < lines.Count
            && (
                lines[at].StartsWith('#')
                || lines[at].StartsWith("import ", StringComparison.Ordinal)
                || lines[at].StartsWith("from ", StringComparison.Ordinal)
            )
        )
            at++;
        return at;
    }

    private static void Insert(List<string> lines, int at, List<string> inserted)
    {
        if (inserted.Count > 0)
            lines.InsertRange(at, ["", .. inserted]);
    }

    // Lines first..last (and what is indented under them) inside try:, then the handler.
    private static void Wrap(List<string> lines, int first, int last, string error, IReadOnlyList<string> handler)
    {
        var indent = new string(' ', lines[first].Length - lines[first].TrimStart().Length);
        for (var i = first; i <= last; i++)
            lines[i] = "    " + lines[i];
        lines.Insert(first, indent + "try:");
        lines.InsertRange(last + 2, [indent + $"except {error}:", .. handler.Select(h => indent + "    " + h)]);
    }
}
