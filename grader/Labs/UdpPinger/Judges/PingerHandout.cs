namespace Grader.Labs.UdpPinger.Judges;

/// <summary>
/// Which faults the textbook's handout (Kurose and Ross, chapter 2, the UDP pinger assignment) rules out, and which are
/// robustness or its optional exercise a rubric may grade separately: ten pings <c>Ping sequence_number time</c>, one
/// at a time, each waited for up to one second; the reply and its RTT printed, or that the request timed out (in the
/// handout's words <c>Request timed out</c>, or any others that say so: <see cref="PingOutput.IsTimeout"/>).
/// </summary>
public static class PingerHandout
{
    private static readonly HashSet<PingFault> Required =
    [
        PingFault.NoPings,
        PingFault.TooFewPings,
        PingFault.TooManyPings,
        PingFault.WrongFormat,
        PingFault.WrongSequence,
        PingFault.SentBeforeReply,
        PingFault.TimeoutTooShort,
        PingFault.TimeoutTooLong,
        PingFault.ResultsMiscounted,
        PingFault.RttForDropped,
        PingFault.TimeoutForAnswered,
        PingFault.RttInconsistent,
        PingFault.ReplyNotPrinted,
    ];

    /// <summary>Whether the handout asks for what <paramref name="fault"/> breaks; otherwise it is robustness (an RTT's
    /// unit) or the optional statistics.</summary>
    public static bool Requires(PingFault fault) => Required.Contains(fault);
}
