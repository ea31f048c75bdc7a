namespace Grader.Labs.UdpPinger.Judges;

/// <summary>An RTT a client printed for an answered ping, in seconds, for checking its statistics.</summary>
/// <param name="Seconds">The value.</param>
/// <param name="Rounding">How far its printing may have rounded it, in seconds.</param>
/// <param name="Unit">The unit it was read in.</param>
internal sealed record PrintedRtt(double Seconds, double Rounding, DurationUnit Unit);
