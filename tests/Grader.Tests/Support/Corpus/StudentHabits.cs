namespace Grader.Tests.Support.Corpus;

/// <summary>
/// The small habits one student keeps through all five programs when typing in the lecture's code (naming the
/// encoding, <c>sendall</c>, stripping the input, joining the printed reply, the settings first, one line split in
/// two): what makes two independent solutions differ even where both follow the lecture.
/// </summary>
public sealed record StudentHabits(
    bool NamesEncoding,
    bool SendsAll,
    bool StripsInput,
    int PrintStyle,
    bool WhileOne,
    bool BareListen,
    bool SettingsFirst,
    bool SplitsUpper,
    bool DropsLastClose
)
{
    /// <summary>A student's habits, as <paramref name="random"/> chooses.</summary>
    public static StudentHabits Choose(Random random) =>
        new(
            random.NextDouble() < 0.4,
            random.NextDouble() < 0.3,
            random.NextDouble() < 0.3,
            random.Next(5) switch
            {
                0 => 1,
                1 => 2,
                _ => 0,
            },
            random.NextDouble() < 0.2,
            random.NextDouble() < 0.2,
            random.NextDouble() < 0.5,
            random.NextDouble() < 0.25,
            random.NextDouble() < 0.3
        );

    /// <summary>The lecture's <paramref name="lines"/> as this student types them.</summary>
    public void Apply(List<string> lines)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (NamesEncoding)
                line = line.Replace(".encode()", ".encode(\"utf-8\")", StringComparison.Ordinal)
                    .Replace(".decode()", ".decode(\"utf-8\")", StringComparison.Ordinal);
            if (SendsAll)
                line = line.Replace(".send(", ".sendall(", StringComparison.Ordinal);
            if (StripsInput && line.Contains("input(", StringComparison.Ordinal))
                line += ".strip()";
            if (line.StartsWith("print(\"From Server:\", ", StringComparison.Ordinal))
            {
                var reply = line["print(\"From Server:\", ".Length..^1];
                line = PrintStyle switch
                {
                    1 => $"print(\"From Server: \" + {reply})",
                    2 => $"print(\"From Server: {{}}\".format({reply}))",
                    _ => line,
                };
            }
            if (WhileOne)
                line = line.Replace("while True:", "while 1:", StringComparison.Ordinal);
            if (BareListen)
                line = line.Replace(".listen(5)", ".listen()", StringComparison.Ordinal);
            lines[i] = line;
        }
        if (
            SplitsUpper
            && lines.FindIndex(l =>
                l.Contains(".decode(", StringComparison.Ordinal) && l.Contains(".upper()", StringComparison.Ordinal)
            )
                is var upper
                    and >= 0
        )
        {
            var indent = lines[upper][..(lines[upper].Length - lines[upper].TrimStart().Length)];
            var decoded = lines[upper].Replace(".upper()", "", StringComparison.Ordinal).Split('=', 2)[1].Trim();
            lines[upper] = $"{indent}capitalizedSentence = text.upper()";
            lines.Insert(upper, $"{indent}text = {decoded}");
        }
        if (SettingsFirst)
        {
            var create = lines.FindIndex(l => l.StartsWith("clientSocket = ", StringComparison.Ordinal));
            var settings = lines.FindAll(l =>
                l.StartsWith("serverName = ", StringComparison.Ordinal)
                || l.StartsWith("serverPort = ", StringComparison.Ordinal)
            );
            if (create >= 0 && settings.Count > 0 && lines.IndexOf(settings[0]) > create)
            {
                lines.RemoveAll(settings.Contains);
                lines.InsertRange(create, settings);
            }
        }
        if (DropsLastClose && lines.Count > 0 && lines[^1].StartsWith("serverSocket.close()", StringComparison.Ordinal))
            lines.RemoveAt(lines.Count - 1);
    }
}
