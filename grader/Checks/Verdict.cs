namespace Grader.Checks;

/// <summary>
/// What a lab's judge found: every fault, in the order a student should fix them, and what a check asks of them. Each
/// lab's verdict adds what it judged (the reply as parsed, the lines received); which faults cost points is the
/// rubric's choice, so a check counts only those it owns (<see cref="Where"/>).
/// </summary>
/// <typeparam name="TFault">The lab's facts.</typeparam>
/// <param name="Findings">The faults; empty when nothing is wrong.</param>
public abstract record Verdict<TFault>(IReadOnlyList<Finding<TFault>> Findings)
    where TFault : struct, Enum
{
    /// <summary>Whether <paramref name="fault"/> was found.</summary>
    public bool Has(TFault fault) => AllFindings.Any(f => Is(f, fault));

    /// <summary>The sentence about <paramref name="fault"/>, or null when it was not found.</summary>
    public string? MessageFor(TFault fault) => AllFindings.FirstOrDefault(f => Is(f, fault))?.Message;

    /// <summary>The findings a rubric counts: those <paramref name="counts"/> says it requires.</summary>
    public IReadOnlyList<Finding<TFault>> Where(Func<TFault, bool> counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        return [.. AllFindings.Where(f => counts(f.Fault))];
    }

    /// <summary>Every finding the questions above look at: <see cref="Findings"/>, and those of any part judged
    /// apart.</summary>
    protected virtual IEnumerable<Finding<TFault>> AllFindings => Findings;

    private static bool Is(Finding<TFault> finding, TFault fault) =>
        EqualityComparer<TFault>.Default.Equals(finding.Fault, fault);
}
