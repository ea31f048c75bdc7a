namespace Grader.Labs.UdpPinger.Judges;

/// <summary>The loss a client printed in its statistics.</summary>
/// <param name="Value">The number, in <paramref name="Form"/>.</param>
/// <param name="Form">A percentage, a fraction or a count.</param>
/// <param name="HalfStep">Half the last printed digit's place: how far rounding may have moved it.</param>
/// <param name="Text">The number as printed.</param>
public sealed record PrintedLoss(double Value, LossForm Form, double HalfStep, string Text);
