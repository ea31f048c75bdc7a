namespace Grader.Rubric;

/// <summary>One check of a role, as the assignment file states it.</summary>
/// <param name="Role">The role it checks.</param>
/// <param name="Id">Unique within the role, such as <c>uppercase</c>; the full id is <c>role/id</c>.</param>
/// <param name="Kind">Which check runs, such as <c>uppercase</c>.</param>
/// <param name="Title">One line for reports.</param>
/// <param name="Points">What passing it is worth.</param>
/// <param name="Required">Whether the role passes only if this check passes; false for robustness-only checks, scored
/// apart.</param>
/// <param name="Visibility">Whether students see its details.</param>
public sealed record CheckSpec(
    Role Role,
    string Id,
    string Kind,
    string Title,
    int Points,
    bool Required,
    Visibility Visibility
)
{
    /// <summary>The id of a check of the same role that must pass first; if it did not, this one is skipped because of
    /// it.</summary>
    public string? Needs { get; init; }

    /// <summary>Whether the check gets a server process of its own, started afresh, so earlier checks cannot disturb
    /// it.</summary>
    public bool Fresh { get; init; }

    /// <summary>The settings its kind declares (a message, a number of clients, a delay, …), as the assignment gives
    /// them; the check reads each back through its declaration.</summary>
    public CheckSettings Settings { get; init; } = CheckSettings.None;

    /// <summary>The id in results, such as <c>tcp-server/uppercase</c>.</summary>
    public string FullId => $"{Role.Name}/{Id}";
}
