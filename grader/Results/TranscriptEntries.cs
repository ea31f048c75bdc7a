using System.Collections.ObjectModel;

namespace Grader.Results;

/// <summary>A transcript's entries as taken at one moment, with the packets captured of the same exchange (still
/// filling until the exchange's capture has stopped), so a check scored from them names its capture too.</summary>
/// <param name="entries">The entries.</param>
/// <param name="packets">The exchange's packets, or null when nothing was captured.</param>
public sealed class TranscriptEntries(IList<TranscriptEntry> entries, PacketLog? packets)
    : ReadOnlyCollection<TranscriptEntry>(entries)
{
    /// <summary>The exchange's packets, or null when nothing was captured.</summary>
    public PacketLog? Packets { get; } = packets;
}
