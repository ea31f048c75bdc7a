using FluentAssertions;
using Grader.Labs.MailClient.Judges;

namespace Grader.Tests.Labs.MailClient;

/// <summary>Which lines a mail client sent are credentials a report must not repeat, and how they are hidden: the
/// lines alone, no socket.</summary>
[Fast]
public sealed class SmtpSecretsTests
{
    // "alice@example.com" and "s3cr3t-password", base64, as AUTH LOGIN sends them; and AUTH PLAIN's
    // "\0alice@example.com\0s3cr3t-password".
    private const string User = "YWxpY2VAZXhhbXBsZS5jb20=";
    private const string Password = "czNjcjN0LXBhc3N3b3Jk";
    private const string Plain = "AGFsaWNlQGV4YW1wbGUuY29tAHMzY3IzdC1wYXNzd29yZA==";

    private static IReadOnlyList<string> Secrets(params string[] lines) =>
        SmtpSecrets.Of(lines.Select(l => new SmtpExchange(l, "250 OK", false, false)));

    [Fact]
    public void Auth_login_hides_the_user_name_and_the_password_it_sends_and_the_password_decoded() =>
        Secrets("HELO Alice", "AUTH LOGIN", User, Password, "MAIL FROM:<alice@example.com>")
            .Should()
            .BeEquivalentTo(User, Password, "alice@example.com", "s3cr3t-password");

    [Fact]
    public void Auth_plain_hides_its_initial_response_and_the_password_in_it_plain_and_in_base64_not_the_user_name() =>
        Secrets("EHLO alice", $"AUTH PLAIN {Plain}", "MAIL FROM:<alice@example.com>")
            .Should()
            .BeEquivalentTo(Plain, "s3cr3t-password", Password);

    [Fact]
    public void A_user_name_of_auth_login_is_hidden_as_sent_not_once_decoded() =>
        SmtpSecrets.From([Password], [User]).Should().BeEquivalentTo(User, Password, "s3cr3t-password");

    [Fact]
    public void Auth_login_with_its_user_name_as_initial_response_hides_both() =>
        Secrets("EHLO alice", $"AUTH LOGIN {User}", Password, "QUIT")
            .Should()
            .Contain([User, Password, "s3cr3t-password"]);

    [Fact]
    public void A_client_that_sends_no_auth_has_no_secret() =>
        Secrets("HELO Alice", "MAIL FROM:<alice@example.com>", "RCPT TO:<bob@example.com>", "DATA").Should().BeEmpty();

    [Fact]
    public void Lines_of_the_message_are_never_taken_for_credentials() =>
        SmtpSecrets.Of([new("AUTH LOGIN", "500", false, false), new("czNjcjN0", null, false, true)]).Should().BeEmpty();

    [Fact]
    public void Every_secret_is_hidden_wherever_it_appears_the_longest_first() =>
        SmtpSecrets
            .Hide(
                $"the client sent `{Password}`, answered `500 Command not recognized`; it printed s3cr3t-password",
                Secrets("AUTH LOGIN", User, Password)
            )
            .Should()
            .Be(
                "the client sent `‹credentials hidden›`, answered `500 Command not recognized`; it printed ‹credentials hidden›"
            );
}
