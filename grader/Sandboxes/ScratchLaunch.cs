using System.Globalization;
using Grader.Launching;

namespace Grader.Sandboxes;

/// <summary>
/// Points a launch at fresh copies of its folders in a scratch folder (the direct and portable sandboxes, which show a
/// program the machine's own files): its program, arguments, working folder and environment name the copies.
/// </summary>
internal static class ScratchLaunch
{
    /// <summary>
    /// Copies <paramref name="command"/>'s folders into <paramref name="scratch"/> (made on first use), writes its
    /// launch files there and returns it pointed at the copies; <paramref name="owned"/> is called on everything made.
    /// </summary>
    public static ProgramCommand Into(ProgramCommand command, Func<DirectoryInfo> scratch, Action<string>? owned)
    {
        if (command.Folders.Count == 0)
            return command;
        var into = scratch().FullName;
        var moves = command
            .Folders.Select(Path.GetFullPath)
            .Select((folder, i) => (From: folder, To: Path.Combine(into, i.ToString(CultureInfo.InvariantCulture))))
            .OrderByDescending(m => m.From.Length) // a folder inside another is rewritten first
            .ToList();
        foreach (var (from, to) in moves)
            ScratchCopy.Copy(from, to, owned);
        string Moved(string text)
        {
            foreach (var (from, to) in moves)
            {
                if (text == from)
                    return to;
                // Windows writes paths with `\`, and accepts `/` as well.
                text = text.Replace(from + "/", to + "/", StringComparison.Ordinal);
                if (Path.DirectorySeparatorChar != '/')
                    text = text.Replace(
                        from + Path.DirectorySeparatorChar,
                        to + Path.DirectorySeparatorChar,
                        StringComparison.Ordinal
                    );
            }
            return text;
        }
        var workingDirectory = Moved(Path.GetFullPath(command.WorkingDirectory));
        foreach (var file in command.Files)
        {
            var written = file.WriteInto(workingDirectory);
            owned?.Invoke(written);
        }
        return command with
        {
            FileName = Moved(command.FileName),
            Arguments = command.Arguments.Select(Moved).ToList(),
            WorkingDirectory = workingDirectory,
            Environment = command.Environment?.ToDictionary(v => v.Key, v => v.Value is null ? null : Moved(v.Value)),
        };
    }
}
