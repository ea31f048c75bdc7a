using System.Globalization;

namespace Grader.Labs.UdpPinger.Judges;

/// <summary>
/// What the probe server does with a client's pings, drawn from a seed so that a grading can be repeated and a report
/// can show it: which pings it drops and how long it holds the reply to each of the others. Pings are counted in the
/// order they arrive, so a client that numbers them wrongly meets the same plan.
/// </summary>
/// <param name="Seed">The seed the plan was drawn from.</param>
/// <param name="Count">How many pings the client must send.</param>
/// <param name="Fates">The fate of each of the <paramref name="Count"/> pings, in order.</param>
public sealed record PingPlan(int Seed, int Count, IReadOnlyList<PingFate> Fates)
{
    /// <summary>The handout's number of pings.</summary>
    public const int HandoutCount = 10;

    /// <summary>How many of the pings the probe drops: about the handout's server's 30 % loss, never none.</summary>
    public const int DroppedCount = 3;

    /// <summary>The shortest hold of a reply: enough for an RTT measured with a coarse clock to be seen.</summary>
    public static readonly TimeSpan MinDelay = TimeSpan.FromMilliseconds(20);

    /// <summary>The longest hold of a reply, well inside the handout's one-second timeout even on a loaded
    /// machine.</summary>
    public static readonly TimeSpan MaxDelay = TimeSpan.FromMilliseconds(600);

    /// <summary>At least one answered ping is held this long, so a client whose timeout is half a second or less
    /// reports an answered ping as lost.</summary>
    public static readonly TimeSpan LongDelay = TimeSpan.FromMilliseconds(500);

    private const int DelayStepMs = 10;

    /// <summary>
    /// The plan for <paramref name="seed"/>: <see cref="DroppedCount"/> of the first <c>count − 1</c> pings dropped
    /// (the last is always answered, so every drop is followed by a reply a client with too short a timeout would
    /// mistake for the next one's), each answered ping held between <see cref="MinDelay"/> and <see cref="MaxDelay"/>,
    /// one of them at least <see cref="LongDelay"/>. The same seed gives the same plan on any machine and runtime.
    /// </summary>
    public static PingPlan FromSeed(int seed, int count = HandoutCount)
    {
        if (count <= DroppedCount)
            throw new ArgumentOutOfRangeException(nameof(count), $"a plan drops {DroppedCount} pings and answers more");
        var random = new SplitMix64(unchecked((ulong)seed));
        var droppable = Enumerable.Range(1, count - 1).ToArray();
        for (var i = droppable.Length - 1; i > 0; i--)
        {
            var j = random.Below(i + 1);
            (droppable[i], droppable[j]) = (droppable[j], droppable[i]);
        }
        var dropped = droppable.Take(DroppedCount).ToHashSet();
        var answered = Enumerable.Range(1, count).Where(p => !dropped.Contains(p)).ToArray();
        var held = answered[random.Below(answered.Length)];
        var fates = Enumerable
            .Range(1, count)
            .Select(position =>
                dropped.Contains(position) ? new PingFate(position, true, TimeSpan.Zero)
                : position == held ? new PingFate(position, false, Draw(random, LongDelay, MaxDelay))
                : new PingFate(position, false, Draw(random, MinDelay, MaxDelay))
            )
            .ToList();
        return new PingPlan(seed, count, fates);
    }

    /// <summary>The fate of the ping that arrives <paramref name="position"/>th; a ping beyond the plan is answered at
    /// once.</summary>
    public PingFate FateOf(int position) =>
        position >= 1 && position <= Fates.Count ? Fates[position - 1] : new PingFate(position, false, TimeSpan.Zero);

    /// <summary>The positions of the dropped pings, in order.</summary>
    public IReadOnlyList<int> Dropped => [.. Fates.Where(f => f.Dropped).Select(f => f.Position)];

    /// <summary>The plan in one line for a report: <c>seed 42, 10 pings: drops 3, 5 and 8; holds 1 for 120 ms, …</c>.</summary>
    public string Describe()
    {
        var drops = Dropped.Select(p => p.ToString(CultureInfo.InvariantCulture)).ToList();
        var dropText = drops.Count == 1 ? drops[0] : $"{string.Join(", ", drops[..^1])} and {drops[^1]}";
        var holds = Fates
            .Where(f => !f.Dropped)
            .Select(f =>
                $"{f.Position} for {f.Delay.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture)} ms"
            );
        return $"seed {Seed.ToString(CultureInfo.InvariantCulture)}, {Count.ToString(CultureInfo.InvariantCulture)} pings: drops {dropText}; holds {string.Join(", ", holds)}";
    }

    private static TimeSpan Draw(SplitMix64 random, TimeSpan least, TimeSpan most)
    {
        var steps = (int)((most - least).TotalMilliseconds / DelayStepMs) + 1;
        return least + TimeSpan.FromMilliseconds(DelayStepMs * random.Below(steps));
    }

    // SplitMix64 (Steele, Lea and Flood): a generator fixed here, not System.Random, whose seeded sequence .NET does
    // not promise to keep, so a recorded seed replays the same plan on every runtime.
    private sealed class SplitMix64(ulong state)
    {
        private ulong _state = state;

        public int Below(int bound)
        {
            unchecked
            {
                var z = _state += 0x9E3779B97F4A7C15UL;
                z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
                z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
                z ^= z >> 31;
                return (int)(z % (ulong)bound);
            }
        }
    }
}
