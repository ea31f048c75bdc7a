using Grader.Results;

namespace Grader.Checks;

/// <summary>The verdict of one check and its reason, in one or two sentences a student understands.</summary>
/// <param name="Status">Passed, failed or skipped.</param>
/// <param name="Message">Why.</param>
/// <param name="BlocksLaterChecks">Whether the fault makes the role's later checks meaningless (the server does not
/// answer at all).</param>
public sealed record CheckOutcome(CheckStatus Status, string Message, bool BlocksLaterChecks = false)
{
    /// <summary>A pass.</summary>
    public static CheckOutcome Pass(string message) => new(CheckStatus.Passed, message);

    /// <summary>A failure, with its diagnosis.</summary>
    public static CheckOutcome Fail(string message) => new(CheckStatus.Failed, message);

    /// <summary>A failure after which the role's later checks would only repeat it.</summary>
    public static CheckOutcome FailAndBlock(string message) =>
        new(CheckStatus.Failed, message, BlocksLaterChecks: true);

    /// <summary>Not run, because of <paramref name="cause"/>.</summary>
    public static CheckOutcome Skip(string cause) => new(CheckStatus.Skipped, cause);

    /// <summary>Not run because this machine lacks what it needs (a browser), named in <paramref name="cause"/>: it
    /// costs no points, as if the rubric had not asked for it.</summary>
    public static CheckOutcome NotRunHere(string cause) => new(CheckStatus.Skipped, cause) { Counted = false };

    /// <summary>Whether its points count in the score (all do, but a check this machine cannot run).</summary>
    public bool Counted { get; init; } = true;

    /// <summary>
    /// Whether the verdict was reached while the server still served (a whole reply came, or none came in time from a
    /// running server): a server that ended after it did not cause it, so it stands, and the end is the longevity
    /// check's to report.
    /// </summary>
    public bool JudgedWhileServing { get; init; }

    /// <summary>A picture the check took, for its report, or null.</summary>
    public CheckImage? Image { get; init; }
}
