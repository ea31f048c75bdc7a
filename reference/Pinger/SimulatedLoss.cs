namespace Reference.Pinger;

/// <summary>
/// Decides which datagrams the pinger server drops: the <c>n</c>-th datagram is dropped when the <c>n</c>-th
/// <see cref="Random.NextDouble"/> of the generator is below the loss probability. With a seed, the same datagrams
/// are dropped in every run.
/// </summary>
public sealed class SimulatedLoss
{
    private readonly Random random;

    /// <summary>A loss of <paramref name="probability"/>, seeded with <paramref name="seed"/> when given.</summary>
    /// <param name="probability">The chance of dropping each datagram, from 0 (none) to 1 (all).</param>
    /// <param name="seed">The generator's seed, for a reproducible run; a random one when null.</param>
    public SimulatedLoss(double probability, int? seed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(probability, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(probability, 1);
        Probability = probability;
        random = seed is { } fixedSeed ? new Random(fixedSeed) : new Random();
    }

    /// <summary>The chance of dropping each datagram.</summary>
    public double Probability { get; }

    /// <summary>Draws the fate of the next datagram.</summary>
    /// <returns>Whether to drop it.</returns>
    public bool DropsNext() => random.NextDouble() < Probability;
}
