namespace Grader.Labs.UdpPinger.Judges;

/// <summary>A time a client printed: its number, its unit, and how finely it was printed.</summary>
/// <param name="Value">The number, in <paramref name="Unit"/>.</param>
/// <param name="Unit">The unit printed beside it.</param>
/// <param name="HalfStep">Half the last printed digit's place, in <paramref name="Unit"/>: how far rounding may have
/// moved the value (0.05 for <c>0.1</c>).</param>
/// <param name="Text">The number and unit as printed.</param>
public sealed record PrintedDuration(double Value, DurationUnit Unit, double HalfStep, string Text)
{
    /// <summary>The value in seconds, read in <paramref name="unit"/>.</summary>
    public double Seconds(DurationUnit unit) => Value * Factor(unit);

    /// <summary>The rounding allowance in seconds, read in <paramref name="unit"/>.</summary>
    public double HalfStepSeconds(DurationUnit unit) => HalfStep * Factor(unit);

    /// <summary>The units the value may be in: its own, or seconds and milliseconds when it has none.</summary>
    public IReadOnlyList<DurationUnit> PossibleUnits =>
        Unit == DurationUnit.None ? [DurationUnit.Seconds, DurationUnit.Milliseconds] : [Unit];

    /// <summary>Seconds per <paramref name="unit"/>; a value with no unit counts as seconds, the handout's
    /// unit.</summary>
    public static double Factor(DurationUnit unit) =>
        unit switch
        {
            DurationUnit.Milliseconds => 1e-3,
            DurationUnit.Microseconds => 1e-6,
            _ => 1,
        };
}
