using System.Text;
using Grader.Languages;
using Grader.Rubric;
using static Grader.Languages.SocketFact;

namespace Grader.Submissions;

/// <summary>
/// Tells what a source file does by reading it: which socket it opens, whether it serves or connects, and how a server
/// serves connections side by side, by each language's table of patterns (<see cref="LanguageSource.Patterns"/>); a
/// new idiom is one more line in its language's table.
/// </summary>
internal static class ProgramClassifier
{
    /// <summary>How much of a file is read: the lab's programs are a few kilobytes, and a huge file is not one of
    /// them.</summary>
    public const int MaxBytes = 256 * 1024;

    /// <summary>What <paramref name="text"/>, a source of the language <paramref name="source"/> reads, does.</summary>
    public static SourceFacts Classify(string text, LanguageSource source)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(source);
        var code = SourceText.Code(text, source.Syntax);
        var first = new Dictionary<SocketFact, int>();
        string? how = null;
        foreach (var pattern in source.Patterns)
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
    /// What the program in <paramref name="file"/>, in <paramref name="language"/>, does: a source file's first <see
    /// cref="MaxBytes"/>, or a project's sources (a C# project's <c>.cs</c> files) up to that much in all. Unknown when
    /// it cannot be read, or the language has no sources the grader reads. The facts carry which of <paramref
    /// name="marks"/> the source holds.
    /// </summary>
    public static SourceFacts ClassifyFile(FileInfo file, ILanguage language, IReadOnlyList<string>? marks = null)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(language);
        if (language.Source is not { } source)
            return SourceFacts.Unknown;
        try
        {
            var text = source.Holds(file.Name) ? Head(file, MaxBytes) : ProjectSources(file.Directory!, source);
            var facts = Classify(text, source);
            var held = (marks ?? []).Where(mark => text.Contains(mark, StringComparison.Ordinal)).ToList();
            return held.Count == 0 ? facts : facts with { Marks = held };
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return SourceFacts.Unknown;
        }
    }

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
    private static string ProjectSources(DirectoryInfo project, LanguageSource source)
    {
        var options = new EnumerationOptions
        {
            IgnoreInaccessible = true,
            RecurseSubdirectories = true,
            MaxRecursionDepth = 4,
        };
        var text = new StringBuilder();
        var files = source
            .Extensions.SelectMany(extension => project.EnumerateFiles("*" + extension, options))
            .DistinctBy(file => file.FullName)
            .OrderBy(file => file.FullName, StringComparer.Ordinal);
        foreach (var file in files)
        {
            var relative = Path.GetRelativePath(project.FullName, file.FullName).Split(Path.DirectorySeparatorChar);
            if (relative.SkipLast(1).Any(folder => folder is "obj" or "bin" || folder.StartsWith('.')))
                continue;
            if (text.Length >= MaxBytes)
                break;
            text.AppendLine(Head(file, MaxBytes - text.Length));
        }
        return text.ToString();
    }
}
