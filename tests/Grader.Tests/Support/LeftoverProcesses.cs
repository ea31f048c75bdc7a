namespace Grader.Tests.Support;

/// <summary>Finds processes that still run a test's student program, by a marker in their command line.</summary>
public static class LeftoverProcesses
{
    /// <summary>The ids of running processes whose command line contains <paramref name="marker"/>.</summary>
    public static IReadOnlyList<int> Matching(string marker) =>
        Directory
            .GetDirectories("/proc")
            .Select(Path.GetFileName)
            .Where(name => int.TryParse(name, out _))
            .Where(pid =>
            {
                try
                {
                    return File.ReadAllText($"/proc/{pid}/cmdline")
                        .Replace('\0', ' ')
                        .Contains(marker, StringComparison.Ordinal);
                }
                catch (IOException)
                {
                    return false; // it ended while we looked
                }
            })
            .Select(pid => int.Parse(pid!, System.Globalization.CultureInfo.InvariantCulture))
            .ToList();
}
