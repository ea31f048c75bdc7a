namespace Grader.Labs.UdpPinger.Judges;

/// <summary>The unit a client printed beside a time.</summary>
public enum DurationUnit
{
    /// <summary>No unit: seconds or milliseconds, whichever fits.</summary>
    None,

    /// <summary><c>s</c>, <c>sec</c>, <c>seconds</c>, or a time written <c>0:00:00.120</c>.</summary>
    Seconds,

    /// <summary><c>ms</c>, <c>msec</c>, <c>milliseconds</c>.</summary>
    Milliseconds,

    /// <summary><c>us</c>, <c>µs</c>, <c>microseconds</c>.</summary>
    Microseconds,
}
