using System.Runtime.CompilerServices;
using System.Text;

namespace Grader.Tests.Support;

/// <summary>
/// Snapshot testing in Verify's way: the text a test expects lives in <c>Snapshots/NAME.verified.txt</c> beside the
/// test's source file, committed. On a mismatch the test writes <c>NAME.received.txt</c> beside it and fails with a
/// short diff; with <c>UPDATE_SNAPSHOTS=1</c> in the environment it writes the verified file instead, and passes.
/// </summary>
public static class Snapshot
{
    /// <summary>The environment variable that makes every snapshot test accept what it received.</summary>
    public const string UpdateVariable = "UPDATE_SNAPSHOTS";

    private const int Context = 2;
    private const int MaxLinesShown = 12;
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>
    /// Fails unless <paramref name="actual"/> is the text of snapshot <paramref name="name"/>, line endings aside (a
    /// carriage return before a newline is not compared, so a checkout with CRLF line endings still matches).
    /// </summary>
    public static void Match(string actual, string name, [CallerFilePath] string testSourceFile = "")
    {
        var folder = Path.Combine(
            Path.GetDirectoryName(testSourceFile) ?? throw new ArgumentException("no caller file"),
            "Snapshots"
        );
        if (!Directory.Exists(Path.GetDirectoryName(folder)))
            throw new InvalidOperationException(
                $"the test's source folder {Path.GetDirectoryName(folder)} is not on this machine: snapshot tests run where they were built"
            );
        var verified = Path.Combine(folder, $"{name}.verified.txt");
        var received = Path.Combine(folder, $"{name}.received.txt");
        actual = Normalize(actual);

        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            Directory.CreateDirectory(folder);
            File.WriteAllText(verified, actual, Utf8);
            File.Delete(received);
            return;
        }
        var expected = File.Exists(verified) ? Normalize(File.ReadAllText(verified, Utf8)) : null;
        if (expected == actual)
        {
            File.Delete(received);
            return;
        }
        Directory.CreateDirectory(folder);
        File.WriteAllText(received, actual, Utf8);
        var accept =
            $"If the new text is right, accept it: mv {received} {verified} (or rerun with {UpdateVariable}=1).";
        Assert.Fail(
            expected is null
                ? $"snapshot {name} has no verified text yet: wrote {received}.\n{accept}"
                : $"snapshot {name} differs from {verified}; wrote {received}.\n{Diff(expected, actual)}\n{accept}"
        );
    }

    private static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal);

    /// <summary>
    /// The region where the texts differ, as a unified diff would show it: a few lines of context, then the expected
    /// lines (<c>-</c>) and the received ones (<c>+</c>) up to where the texts agree again at their ends; line by line
    /// when the region has as many lines in both.
    /// </summary>
    private static string Diff(string expected, string actual)
    {
        var before = expected.Split('\n');
        var after = actual.Split('\n');
        var start = 0;
        while (start < before.Length && start < after.Length && before[start] == after[start])
            start++;
        var endBefore = before.Length;
        var endAfter = after.Length;
        while (endBefore > start && endAfter > start && before[endBefore - 1] == after[endAfter - 1])
        {
            endBefore--;
            endAfter--;
        }
        var diff = new StringBuilder().Append("--- verified\n+++ received\n").Append($"@@ line {start + 1} @@\n");
        for (var i = Math.Max(0, start - Context); i < start; i++)
            diff.Append(' ').Append(before[i]).Append('\n');
        if (endBefore - start == endAfter - start)
            Pairs(diff, before[start..endBefore], after[start..endAfter]);
        else
        {
            Lines(diff, '-', before[start..endBefore]);
            Lines(diff, '+', after[start..endAfter]);
        }
        for (var i = endBefore; i < Math.Min(before.Length, endBefore + Context); i++)
            diff.Append(' ').Append(before[i]).Append('\n');
        return diff.ToString().TrimEnd('\n');
    }

    // As many lines changed as there were: each changed line beside its new text, the unchanged ones as context.
    private static void Pairs(StringBuilder diff, string[] before, string[] after)
    {
        var shown = 0;
        for (var i = 0; i < before.Length; i++)
        {
            if (shown >= MaxLinesShown)
            {
                diff.Append($"… {before.Length - i} more lines\n");
                return;
            }
            if (before[i] == after[i])
                diff.Append(' ').Append(before[i]).Append('\n');
            else
                diff.Append('-').Append(before[i]).Append("\n+").Append(after[i]).Append('\n');
            shown++;
        }
    }

    private static void Lines(StringBuilder diff, char sign, string[] lines)
    {
        foreach (var line in lines.Take(MaxLinesShown))
            diff.Append(sign).Append(line).Append('\n');
        if (lines.Length > MaxLinesShown)
            diff.Append(sign).Append($"… {lines.Length - MaxLinesShown} more lines\n");
    }
}
