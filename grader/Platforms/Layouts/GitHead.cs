namespace Grader.Platforms.Layouts;

/// <summary>The commit a cloned repository has checked out, read from its <c>.git</c> folder without running
/// git.</summary>
public static class GitHead
{
    private const int Shown = 12;

    /// <summary>"commit 1a2b3c4d5e6f" for the repository in <paramref name="folder"/>, or "unknown commit" when its
    /// <c>.git</c> does not say (a worktree's pointer, an empty repository).</summary>
    public static string Describe(string folder)
    {
        try
        {
            var git = Path.Combine(folder, ".git");
            if (!Directory.Exists(git))
                return "unknown commit";
            var head = File.ReadAllText(Path.Combine(git, "HEAD")).Trim();
            var commit = head.StartsWith("ref: ", StringComparison.Ordinal) ? Resolve(git, head[5..].Trim()) : head;
            return commit is { Length: >= 7 } && commit.All(Uri.IsHexDigit)
                ? $"commit {commit[..Math.Min(Shown, commit.Length)]}"
                : "unknown commit";
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return "unknown commit";
        }
    }

    private static string? Resolve(string git, string reference)
    {
        if (reference.Contains("..", StringComparison.Ordinal))
            return null;
        var loose = Path.Combine(git, reference.Replace('/', Path.DirectorySeparatorChar));
        if (File.Exists(loose))
            return File.ReadAllText(loose).Trim();
        var packed = Path.Combine(git, "packed-refs");
        return File.Exists(packed)
            ? File.ReadLines(packed)
                .Select(line => line.Split(' ', 2))
                .Where(parts => parts.Length == 2 && parts[1].Trim() == reference)
                .Select(parts => parts[0])
                .FirstOrDefault()
            : null;
    }
}
