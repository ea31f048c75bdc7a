namespace Grader.Labs.UdpPinger.Judges;

/// <summary>How a client wrote its loss.</summary>
public enum LossForm
{
    /// <summary>A percentage: <c>30%</c>.</summary>
    Percent,

    /// <summary>A fraction: <c>loss rate 0.3</c>.</summary>
    Fraction,

    /// <summary>A number of pings: <c>3 lost</c>, <c>3/10</c>.</summary>
    Count,
}
