namespace Grader.Labs.UdpPinger.Judges;

/// <summary>
/// A fact the judge found about a ping client's run. Facts only: which of them a grade requires is the rubric's choice
/// (<see cref="PingerHandout"/> says which the textbook's handout asks for).
/// </summary>
public enum PingFault
{
    /// <summary>Not a single datagram reached the probe.</summary>
    NoPings,

    /// <summary>Fewer pings than the plan's count.</summary>
    TooFewPings,

    /// <summary>More pings than the plan's count.</summary>
    TooManyPings,

    /// <summary>A datagram that is not <c>Ping &lt;sequence&gt; &lt;time&gt;</c>.</summary>
    WrongFormat,

    /// <summary>Sequence numbers other than 1, 2, … in the order sent.</summary>
    WrongSequence,

    /// <summary>A ping sent before the reply to the previous one came.</summary>
    SentBeforeReply,

    /// <summary>A lost ping given up on (the next sent, or the client ended) well before a second.</summary>
    TimeoutTooShort,

    /// <summary>A lost ping waited for well over a second.</summary>
    TimeoutTooLong,

    /// <summary>Not one printed result (RTT or timeout) per ping.</summary>
    ResultsMiscounted,

    /// <summary>An RTT printed for a ping the probe dropped.</summary>
    RttForDropped,

    /// <summary>A timeout printed for a ping the probe answered within the second.</summary>
    TimeoutForAnswered,

    /// <summary>An RTT that does not fit how long the probe held the reply.</summary>
    RttInconsistent,

    /// <summary>A server's reply the client did not print.</summary>
    ReplyNotPrinted,

    /// <summary>An RTT printed with no unit.</summary>
    RttWithoutUnit,

    /// <summary>No statistics after the pings.</summary>
    StatisticsMissing,

    /// <summary>Statistics without one of minimum, average, maximum or loss.</summary>
    StatisticsIncomplete,

    /// <summary>A minimum RTT that is not the least of the RTTs printed.</summary>
    MinRttWrong,

    /// <summary>An average RTT that is not the mean of the RTTs printed.</summary>
    AvgRttWrong,

    /// <summary>A maximum RTT that is not the greatest of the RTTs printed.</summary>
    MaxRttWrong,

    /// <summary>A loss that is not the share of pings the client reported timed out.</summary>
    LossRateWrong,
}
