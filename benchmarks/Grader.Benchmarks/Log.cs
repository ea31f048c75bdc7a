namespace Grader.Benchmarks;

/// <summary>Progress lines on standard error, so that standard output holds only the results.</summary>
internal sealed class Log(bool quiet)
{
    /// <summary>One line of progress, unless quiet.</summary>
    public void Progress(string line)
    {
        if (!quiet)
            Console.Error.WriteLine($"  {line}");
    }

    /// <summary>A section's heading, always shown.</summary>
    public static void Section(string title) => Console.Error.WriteLine($"== {title}");
}
