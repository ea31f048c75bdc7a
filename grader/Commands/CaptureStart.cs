using Grader.Results;

namespace Grader.Commands;

/// <summary>Whether captures asked for can be written here, said once on the console when they cannot.</summary>
internal static class CaptureStart
{
    /// <summary>True when libpcap is here to write captures; otherwise says why not on standard error, and grading goes
    /// on without them.</summary>
    public static bool Usable()
    {
        if (CaptureFiles.Unavailable() is not { } problem)
            return true;
        Console.Error.WriteLine($"grader: note: {problem}");
        return false;
    }
}
