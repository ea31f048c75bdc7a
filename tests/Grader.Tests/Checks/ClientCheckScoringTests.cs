using FluentAssertions;
using Grader.Checks;
using Grader.Checks.Clients;
using Grader.Launching;
using Grader.Results;
using Grader.Rubric;

namespace Grader.Tests.Checks;

/// <summary>Every client lab scores a role's checks by one rule, over fixed outcomes: no processes, no sockets.</summary>
[Fast]
public sealed class ClientCheckScoringTests
{
    private static readonly Role Client = new("some-client", RoleKind.Client, Transport.Tcp);

    private static readonly ProgramExit Exit = new(1, null, "printed", "", false, TimeSpan.FromSeconds(1));

    [Fact]
    public void A_client_that_reached_the_server_is_judged_by_every_check()
    {
        var results = ClientCheckScoring.ScoreInOrder(
            [Pending("first", CheckOutcome.Pass("good")), Pending("second", CheckOutcome.Fail("bad"))],
            blocker: null
        );

        results
            .Select(r => (r.Id, r.Status, r.Message, r.Points))
            .Should()
            .Equal(
                ("some-client/first", CheckStatus.Passed, "good", 3),
                ("some-client/second", CheckStatus.Failed, "bad", 0)
            );
        results[0].Output.Should().BeNull("a passed check shows no output");
        results[1].Output!.StandardOutput.Should().Be("printed");
    }

    [Fact]
    public void A_client_that_never_reached_the_server_fails_the_first_check_and_skips_the_rest_without_judging()
    {
        var results = ClientCheckScoring.ScoreInOrder(
            [Pending("first", null), Pending("second", null), Pending("third", null)],
            new ClientBlocker("the client connected to 10.0.0.1:12000, not to localhost", "it went elsewhere")
        );

        results
            .Select(r => (r.Status, r.Message))
            .Should()
            .Equal(
                (CheckStatus.Failed, "the client connected to 10.0.0.1:12000, not to localhost"),
                (CheckStatus.Skipped, "skipped: it went elsewhere (see some-client/first)"),
                (CheckStatus.Skipped, "skipped: it went elsewhere (see some-client/first)")
            );
    }

    [Fact]
    public void A_check_whose_need_did_not_pass_is_skipped_without_judging()
    {
        var results = ClientCheckScoring.ScoreInOrder(
            [
                Pending("first", CheckOutcome.Fail("bad")),
                Pending("second", null) with
                {
                    Spec = Spec("second") with { Needs = "first" },
                },
            ],
            blocker: null
        );

        results[1].Status.Should().Be(CheckStatus.Skipped);
        results[1].Message.Should().Be("skipped: it needs some-client/first, which did not pass");
    }

    // A check whose outcome is null must never be judged.
    private static PendingCheck Pending(string id, CheckOutcome? outcome) =>
        new(Spec(id), () => outcome ?? throw new InvalidOperationException($"{id} was judged"), [], Exit);

    private static CheckSpec Spec(string id) => new(Client, id, id, id, 3, true, Visibility.Visible);
}
