using Grader.Rubric;

namespace Grader.Labs.MailClient;

/// <summary>The mail client lab's role as data: the file names students give it, and what tells it apart.</summary>
public static class MailClientRoles
{
    /// <summary>The lab's one role: the student's SMTP client (<c>SMTPClient.py</c>).</summary>
    public static readonly Role Client = new("mail-client", RoleKind.Client, Transport.Tcp)
    {
        Files = new(
            ["SMTPClient", "smtp_client", "MailClient", "mail_client", "client_smtp", "smtp", "mail"],
            "^(?=.*(smtp|mail))(?!.*(server|test))",
            ["HELO", "EHLO", "MAIL FROM", "RCPT TO"],
            "no file that sends a mail over SMTP (HELO, MAIL FROM, RCPT TO, DATA)"
        ),
    };

    /// <summary>Every role of the lab.</summary>
    public static IReadOnlyList<Role> All { get; } = [Client];

    /// <summary>Whether <paramref name="role"/> is graded as a mail client: a TCP client (the lab's own role, or one an assignment file based on this lab describes).</summary>
    public static bool Plays(Role role) => role is { Kind: RoleKind.Client, Transport: Transport.Tcp };
}
