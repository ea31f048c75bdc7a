using FluentAssertions;
using Grader.Similarity;

namespace Grader.Tests.Similarity;

/// <summary>The two guarantees of winnowing: every window keeps a fingerprint, and a long enough shared run of tokens
/// gives a shared fingerprint wherever it sits.</summary>
[Fast]
public sealed class WinnowingTests
{
    private static readonly FingerprintSettings Settings = new(5, 4);

    [Fact]
    public void Every_window_of_hashes_holds_a_kept_fingerprint()
    {
        var tokens = RandomTokens(new Random(1), 300, line: 1);
        var hashes = Winnowing.KGramHashes(tokens, Settings.K);
        var kept = Winnowing.Fingerprints(tokens, Settings).Select(f => f.Hash).ToHashSet();

        for (var start = 0; start + Settings.Window <= hashes.Length; start++)
            hashes.Skip(start).Take(Settings.Window).Should().Contain(h => kept.Contains(h), $"window at {start}");
    }

    [Fact]
    public void A_run_of_k_plus_window_minus_one_shared_tokens_gives_a_shared_fingerprint_wherever_it_sits()
    {
        var random = new Random(2);
        for (var trial = 0; trial < 50; trial++)
        {
            var shared = RandomTokens(random, Settings.K + Settings.Window - 1, line: 100);
            var first = RandomTokens(random, random.Next(0, 40), 1)
                .Concat(shared)
                .Concat(RandomTokens(random, 30, 200));
            var second = RandomTokens(random, random.Next(0, 40), 1)
                .Concat(shared)
                .Concat(RandomTokens(random, 30, 200));

            var a = Winnowing.Fingerprints([.. first], Settings).Select(f => f.Hash);
            var b = Winnowing.Fingerprints([.. second], Settings).Select(f => f.Hash);

            a.Intersect(b).Should().NotBeEmpty();
        }
    }

    [Fact]
    public void A_fingerprint_spans_the_lines_of_its_first_and_last_token()
    {
        var tokens = Enumerable.Range(0, 20).Select(i => new Token((ulong)i * 7919, i + 1)).ToList();

        Winnowing.Fingerprints(tokens, Settings).Should().OnlyContain(f => f.LastLine == f.FirstLine + Settings.K - 1);
    }

    [Fact]
    public void A_file_shorter_than_a_k_gram_has_no_fingerprints() =>
        Winnowing.Fingerprints(RandomTokens(new Random(3), Settings.K - 1, 1), Settings).Should().BeEmpty();

    private static List<Token> RandomTokens(Random random, int count, int line) =>
        [.. Enumerable.Range(0, count).Select(i => new Token((ulong)random.NextInt64(), line + i))];
}
