using FluentAssertions;
using Grader.Labs;
using Grader.Similarity;
using Grader.Tests.Support;
using Grader.Tests.Support.Corpus;

namespace Grader.Tests.Similarity;

/// <summary>
/// The similarity report measured on a generated class of 120 independent solutions that follow the lecture and 4
/// groups of one solution and its 5 disguised copies (60 planted pairs): the figures docs/similarity.md quotes.
/// </summary>
[Fast]
public sealed class CorpusMeasurementTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly PlantedCorpus _corpus;

    public CorpusMeasurementTests() =>
        _corpus = SimilarityCorpus.Write(_folder.Path, Repository.Submission("lecture-as-printed"), 120, 4);

    [Fact]
    public async Task At_the_default_threshold_every_planted_pair_is_reported_and_no_other_precision_and_recall_1()
    {
        var report = await CompareAsync(settings => settings);

        var found = report.Pairs.Select(p => (p.First, p.Second)).ToHashSet();
        var truePositives = found.Intersect(_corpus.PlantedPairs).Count();
        TestContext.Current.SendDiagnosticMessage(
            $"precision {truePositives}/{found.Count}, recall {truePositives}/{_corpus.PlantedPairs.Count}"
        );
        found.Should().BeEquivalentTo(_corpus.PlantedPairs);
        report.Clusters.Select(c => c.Submissions).Should().BeEquivalentTo(_corpus.CopyGroups);
    }

    [Fact]
    public async Task With_no_threshold_at_all_the_planted_pairs_rank_above_every_pair_of_independent_solutions()
    {
        var report = await CompareAsync(settings => settings with { Threshold = 0, MinimumShared = 1 });

        report.Pairs.Count.Should().BeGreaterThan(_corpus.PlantedPairs.Count, "independent solutions share idioms");
        report
            .Pairs.Take(_corpus.PlantedPairs.Count)
            .Select(p => (p.First, p.Second))
            .Should()
            .BeEquivalentTo(_corpus.PlantedPairs);
        var lowestPlanted = report.Pairs[_corpus.PlantedPairs.Count - 1].Score;
        var highestOther = report.Pairs[_corpus.PlantedPairs.Count].Score;
        lowestPlanted.Should().BeGreaterThan(SimilaritySettings.DefaultThreshold);
        highestOther.Should().BeLessThan(SimilaritySettings.DefaultThreshold);
    }

    [Fact]
    public async Task With_nothing_subtracted_or_weighed_the_independent_solutions_are_reported_for_the_lecture_they_share()
    {
        var report = await CompareAsync(settings =>
            settings with
            {
                BaseFiles = [],
                CommonShare = 1,
                RareCount = int.MaxValue,
            }
        );

        report.Pairs.Select(p => (p.First, p.Second)).Except(_corpus.PlantedPairs).Should().NotBeEmpty();
    }

    public void Dispose() => _folder.Dispose();

    private async Task<SimilarityReport> CompareAsync(Func<SimilaritySettings, SimilaritySettings> change)
    {
        var lab = LabRegistry.Default;
        var settings = new SimilaritySettings(
            SimilaritySettings.DefaultThreshold,
            SimilaritySettings.DefaultCommonShare,
            await ShippedBase.FilesAsync(lab)
        );
        return await ClassComparison.CompareAsync(
            [.. _corpus.All.Select(name => Path.Combine(_folder.Path, name))],
            lab.Definition.Roles,
            change(settings),
            TestContext.Current.CancellationToken
        );
    }
}
