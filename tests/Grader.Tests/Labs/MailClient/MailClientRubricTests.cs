using FluentAssertions;

namespace Grader.Tests.Labs.MailClient;

/// <summary>The shipped rubric of the mail client lab: every check kind in it, required exactly what the handout
/// asks.</summary>
[Fast]
public sealed class MailClientRubricTests
{
    [Fact]
    public void Shipped_rubric_requires_what_the_handout_asks_and_scores_the_rest_as_robustness()
    {
        var role = MailClientPrograms.Rubric.Roles.Should().ContainSingle().Subject;

        MailClientPrograms.Rubric.Port.Should().Be(25);
        role.Checks.Where(c => c.Required)
            .Select(c => c.Id)
            .Should()
            .Equal(
                "command-order",
                "helo",
                "mail-from",
                "rcpt-to",
                "data",
                "end-of-data",
                "quits",
                "crlf",
                "login-over-tls"
            );
        role.Checks.Where(c => !c.Required)
            .Select(c => c.Id)
            .Should()
            .Equal("angle-brackets", "dot-stuffing", "refused-recipient");
    }
}
