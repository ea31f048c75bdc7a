using Grader.Checks;
using Grader.Labs.UdpPinger.Judges;

namespace Grader.Labs.UdpPinger.Checks;

/// <summary>How a pinger check turns the judge's findings it owns into one outcome.</summary>
internal static class PingCheckOutcome
{
    /// <summary>A pass saying <paramref name="passed"/> when <paramref name="findings"/> is empty; else a failure
    /// giving each finding's sentence; either followed by <paramref name="context"/> when given.</summary>
    public static CheckOutcome Of(IEnumerable<Finding<PingFault>> findings, string passed, string? context = null)
    {
        var messages = findings.Select(f => f.Message).Distinct().ToList();
        var text = messages.Count == 0 ? passed : string.Join("; ", messages);
        text = context is null ? text : $"{text} ({context})";
        return messages.Count == 0 ? CheckOutcome.Pass(text) : CheckOutcome.Fail(text);
    }
}
