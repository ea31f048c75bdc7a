namespace Grader.Reports;

/// <summary>The pass rate of one check across a class.</summary>
/// <param name="CheckId">The check.</param>
/// <param name="Title">What it checks.</param>
/// <param name="Passed">How many submissions passed it.</param>
/// <param name="Graded">How many submissions were graded on it.</param>
public sealed record CheckPassRate(string CheckId, string Title, int Passed, int Graded)
{
    /// <summary>The share that passed, from 0 to 1.</summary>
    public double Rate => Graded == 0 ? 0 : (double)Passed / Graded;
}
