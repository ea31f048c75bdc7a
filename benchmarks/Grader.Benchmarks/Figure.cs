namespace Grader.Benchmarks;

/// <summary>One result line: what was measured, the value, the goal, and whether it is met.</summary>
/// <param name="Number">The issue's figure number (1 to 5), or a letter for extra figures.</param>
/// <param name="What">What was measured.</param>
/// <param name="Value">The value, with its unit.</param>
/// <param name="Goal">The goal, or empty.</param>
/// <param name="Verdict">Met, missed, or for information.</param>
internal sealed record Figure(string Number, string What, string Value, string Goal, Verdict Verdict)
{
    /// <summary>A figure with a goal that is met when <paramref name="met"/> holds.</summary>
    public static Figure Judged(string number, string what, string value, string goal, bool met) =>
        new(number, what, value, goal, met ? Verdict.Met : Verdict.Missed);

    /// <summary>A figure without a goal.</summary>
    public static Figure Info(string number, string what, string value) => new(number, what, value, "", Verdict.Info);

    /// <summary>One line for the summary.</summary>
    public override string ToString()
    {
        var goal = Goal.Length == 0 ? "" : $"  (goal: {Goal}: {(Verdict == Verdict.Met ? "met" : "MISSED")})";
        return $"{Number, -3} {What}: {Value}{goal}";
    }
}
