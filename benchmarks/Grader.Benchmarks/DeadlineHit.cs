namespace Grader.Benchmarks;

/// <summary>A deadline one check waited out: the check, whether it is required, and the deadline.</summary>
/// <param name="Check">The check's id (role/check).</param>
/// <param name="Required">Whether it counts towards the grade (false: robustness-only).</param>
/// <param name="Seconds">The deadline's length.</param>
internal sealed record DeadlineHit(string Check, bool Required, double Seconds)
{
    /// <inheritdoc />
    public override string ToString() => $"{Check} ({Seconds:0.#} s{(Required ? "" : ", robustness")})";
}
