using FluentAssertions;
using Grader.Reports;
using Grader.Results;
using Grader.Rubric;

namespace Grader.Tests.Reports;

/// <summary>What a class got wrong, over hand-built grades: pass rates, common diagnoses, the histogram of
/// scores.</summary>
[Fast]
public sealed class ClassStatisticsTests
{
    private const string Sequential =
        "while a first client was connected and idle, the second client got no reply within 1 s: the server serves one client at a time (sequential); serve each connection in a thread of its own";

    private static readonly ClassResult EmptyClass = ClassResult.Of([], []);

    [Theory]
    [InlineData(
        "the reply was `hello`, expected `HELLO`: the server sent the message back without upper-casing it",
        "the reply was `…`, expected `…`: the server sent the message back without upper-casing it"
    )]
    [InlineData(
        "while 9 clients were connected and idle, the client 10 got no reply within 1 s: the server serves one client",
        "while # clients were connected and idle, the client # got no reply within # s: the server serves one client"
    )]
    [InlineData("no reply within 1.5 s", "no reply within # s")]
    [InlineData(
        "the server never replied within 2 s: it replied `HELLO` only after the probe closed its sending side. Read the message with a single recv(1024)",
        "the server never replied within # s: it replied `…` only after the probe closed its sending side."
    )]
    [InlineData("the reply was `A. B`, expected `C`", "the reply was `…`, expected `…`")]
    [InlineData("the client exited with code 1\nTraceback (most recent call last):", "the client exited with code #")]
    [InlineData("  the reply was empty  ", "the reply was empty")]
    [InlineData("done.", "done.")]
    [InlineData("", "")]
    public void Summary_is_the_first_sentence_with_quoted_data_and_numbers_blanked(string message, string summary) =>
        ClassStatistics.Summarize(message).Should().Be(summary);

    [Fact]
    public void Summary_longer_than_200_characters_is_cut_with_an_ellipsis()
    {
        var summary = ClassStatistics.Summarize(new string('a', 250));

        summary.Should().Be(new string('a', 200) + "…");
    }

    [Fact]
    public void Same_fault_with_other_data_reads_the_same()
    {
        ClassStatistics
            .Summarize(
                "the reply was `Hi`, expected `HI`: the server lower-cased the message instead of upper-casing it"
            )
            .Should()
            .Be(
                ClassStatistics.Summarize(
                    "the reply was `grüße`, expected `GRÜßE`: the server lower-cased the message instead of upper-casing it"
                )
            );
    }

    [Fact]
    public void Empty_class_has_no_pass_rates_no_diagnoses_and_no_histogram()
    {
        ClassStatistics.PassRates(EmptyClass).Should().BeEmpty();
        ClassStatistics.CommonDiagnoses(EmptyClass, 10).Should().BeEmpty();
        ClassStatistics.ScoreHistogram(EmptyClass, 10).Should().BeEmpty();
    }

    [Fact]
    public void Pass_rate_counts_every_graded_submission_skips_included_in_assignment_order()
    {
        var results = ClassResult.Of(
            [
                Graded("a", Check("r/first", CheckStatus.Passed), Check("r/second", CheckStatus.Failed)),
                Graded("b", Check("r/first", CheckStatus.Failed), Check("r/second", CheckStatus.Skipped)),
                Graded("c", Check("r/first", CheckStatus.Passed), Check("r/second", CheckStatus.Passed)),
            ],
            []
        );

        ClassStatistics
            .PassRates(results)
            .Should()
            .Equal(new CheckPassRate("r/first", "Title", 2, 3), new CheckPassRate("r/second", "Title", 1, 3));
    }

    [Fact]
    public void Pass_rate_of_a_robustness_check_says_so_in_its_title()
    {
        var results = ClassResult.Of([Graded("a", Check("r/reset", CheckStatus.Failed, required: false))], []);

        ClassStatistics.PassRates(results).Single().Title.Should().Be("Title (robustness)");
    }

    [Theory]
    [InlineData(0, 0, 0.0)]
    [InlineData(0, 3, 0.0)]
    [InlineData(1, 4, 0.25)]
    [InlineData(3, 3, 1.0)]
    public void Pass_rate_is_the_share_that_passed_and_zero_when_none_was_graded(int passed, int graded, double rate) =>
        new CheckPassRate("r/c", "Title", passed, graded).Rate.Should().Be(rate);

    [Fact]
    public void Diagnoses_count_failed_required_checks_only_not_skips_nor_robustness_misses()
    {
        var results = ClassResult.Of(
            [
                Graded(
                    "a",
                    Check("r/uppercase", CheckStatus.Failed, message: "the reply was `a`, expected `A`"),
                    Check("r/utf8", CheckStatus.Skipped, message: "skipped: it needs r/uppercase, which did not pass"),
                    Check("r/reset", CheckStatus.Failed, required: false, message: "the server died")
                ),
            ],
            []
        );

        ClassStatistics
            .CommonDiagnoses(results, 10)
            .Select(d => (d.CheckId, d.Summary))
            .Should()
            .Equal(("r/uppercase", "the reply was `…`, expected `…`"));
    }

    [Fact]
    public void Submissions_that_failed_a_check_the_same_way_share_one_diagnosis_with_the_first_as_example()
    {
        var first = Check("r/idle", CheckStatus.Failed, message: Sequential);
        var results = ClassResult.Of(
            [
                Graded("zoe", Check("r/idle", CheckStatus.Failed, message: Sequential.Replace("1 s", "2 s"))),
                Graded("amy", first),
                Graded("max", Check("r/idle", CheckStatus.Passed)),
            ],
            []
        );

        var diagnosis = ClassStatistics.CommonDiagnoses(results, 10).Should().ContainSingle().Subject;

        diagnosis.CheckId.Should().Be("r/idle");
        diagnosis.Submissions.Should().Equal("amy", "zoe");
        diagnosis.Example.Should().Be(first);
    }

    [Fact]
    public void Same_check_failed_in_different_ways_gives_one_diagnosis_per_way()
    {
        var results = ClassResult.Of(
            [
                Graded("a", Check("r/uppercase", CheckStatus.Failed, message: "the reply was empty, expected `A`")),
                Graded("b", Check("r/uppercase", CheckStatus.Failed, message: "the reply was `a`, expected `A`")),
            ],
            []
        );

        ClassStatistics
            .CommonDiagnoses(results, 10)
            .Select(d => d.Summary)
            .Should()
            .Equal("the reply was `…`, expected `…`", "the reply was empty, expected `…`");
    }

    [Fact]
    public void Most_common_diagnosis_comes_first_and_ties_go_to_the_check_the_class_failed_most()
    {
        // r/often: 2 faults; r/rarely and r/mostly: one each, but r/mostly is passed by fewer submissions.
        var results = ClassResult.Of(
            [
                Graded(
                    "a",
                    Check("r/often", CheckStatus.Failed),
                    Check("r/rarely", CheckStatus.Failed),
                    Check("r/mostly", CheckStatus.Passed)
                ),
                Graded(
                    "b",
                    Check("r/often", CheckStatus.Failed),
                    Check("r/rarely", CheckStatus.Passed),
                    Check("r/mostly", CheckStatus.Failed)
                ),
                Graded(
                    "c",
                    Check("r/often", CheckStatus.Passed),
                    Check("r/rarely", CheckStatus.Passed),
                    Check("r/mostly", CheckStatus.Skipped)
                ),
            ],
            []
        );

        ClassStatistics
            .CommonDiagnoses(results, 10)
            .Select(d => d.CheckId)
            .Should()
            .Equal("r/often", "r/mostly", "r/rarely");
    }

    [Fact]
    public void Ties_in_count_and_pass_rate_go_by_check_id_then_summary_in_ordinal_order()
    {
        var results = ClassResult.Of(
            [
                Graded(
                    "a",
                    Check("r/b", CheckStatus.Failed, message: "zebra"),
                    Check("r/a", CheckStatus.Failed, message: "beta")
                ),
                Graded(
                    "b",
                    Check("r/b", CheckStatus.Failed, message: "Yak"),
                    Check("r/a", CheckStatus.Failed, message: "alpha")
                ),
            ],
            []
        );

        ClassStatistics
            .CommonDiagnoses(results, 10)
            .Select(d => $"{d.CheckId} {d.Summary}")
            .Should()
            .Equal("r/a alpha", "r/a beta", "r/b Yak", "r/b zebra");
    }

    [Fact]
    public void Only_the_most_common_diagnoses_are_kept()
    {
        var results = ClassResult.Of(
            [
                Graded(
                    "a",
                    Check("r/a", CheckStatus.Failed),
                    Check("r/b", CheckStatus.Failed),
                    Check("r/c", CheckStatus.Failed)
                ),
                Graded("b", Check("r/a", CheckStatus.Failed), Check("r/b", CheckStatus.Failed)),
            ],
            []
        );

        ClassStatistics.CommonDiagnoses(results, 2).Select(d => d.CheckId).Should().Equal("r/a", "r/b");
    }

    /// <summary>Scores out of a maximum, a number of buckets, and the histogram as <c>from–to:count</c>.</summary>
    public static TheoryData<int[], int, int, string> Histograms() =>
        new()
        {
            { [0, 0], 0, 10, "" },
            { [0, 3, 3], 3, 10, "0–0:1 1–1:0 2–2:0 3–3:2" },
            { [0, 1, 2, 3], 3, 2, "0–1:2 2–3:2" },
            { [11, 20, 25], 25, 10, "0–2:0 3–5:0 6–7:0 8–10:0 11–12:1 13–15:0 16–18:0 19–20:1 21–23:0 24–25:1" },
            { [0, 50, 99, 100], 100, 4, "0–25:1 26–50:1 51–75:0 76–100:2" },
        };

    [Theory]
    [MemberData(nameof(Histograms))]
    public void Histogram_has_equal_ranges_from_zero_to_the_maximum_and_at_most_one_bucket_per_score(
        int[] scores,
        int max,
        int buckets,
        string histogram
    )
    {
        var results = ClassResult.Of(scores.Select((score, i) => Scored($"s{i}", score, max)), []);

        string.Join(" ", ClassStatistics.ScoreHistogram(results, buckets).Select(b => $"{b.From}–{b.To}:{b.Count}"))
            .Should()
            .Be(histogram);
    }

    [Theory]
    [InlineData(1, 10)]
    [InlineData(7, 3)]
    [InlineData(25, 10)]
    [InlineData(59, 10)]
    [InlineData(60, 7)]
    public void Every_score_from_zero_to_the_maximum_falls_in_exactly_one_bucket(int max, int buckets)
    {
        var results = ClassResult.Of(Enumerable.Range(0, max + 1).Select(s => Scored($"s{s:000}", s, max)), []);

        var histogram = ClassStatistics.ScoreHistogram(results, buckets);

        histogram.Should().HaveCount(Math.Min(buckets, max + 1));
        histogram[0].From.Should().Be(0);
        histogram[^1].To.Should().Be(max);
        histogram.Zip(histogram.Skip(1)).Should().OnlyContain(pair => pair.Second.From == pair.First.To + 1);
        histogram.Sum(b => b.Count).Should().Be(max + 1);
    }

    private static GradeResult Scored(string submission, int score, int max) =>
        new(submission, "lab", score, max, 0, 0, 0, "namespace", [], []);

    private static GradeResult Graded(string submission, params CheckResult[] checks) =>
        new(
            submission,
            "lab",
            checks.Where(c => c.Required).Sum(c => c.Points),
            checks.Where(c => c.Required).Sum(c => c.MaxPoints),
            checks.Where(c => !c.Required).Sum(c => c.Points),
            checks.Where(c => !c.Required).Sum(c => c.MaxPoints),
            0,
            "namespace",
            [],
            checks
        );

    private static CheckResult Check(
        string id,
        CheckStatus status,
        bool required = true,
        string message = "it went wrong"
    ) =>
        new(
            id,
            id.Split('/')[0],
            "Title",
            required,
            Visibility.Visible,
            status,
            status == CheckStatus.Passed,
            status == CheckStatus.Passed ? 1 : 0,
            1,
            message,
            [],
            null
        );
}
