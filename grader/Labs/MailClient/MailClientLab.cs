using Grader.Checks;
using Grader.Rubric;
using Grader.Sandboxes;

namespace Grader.Labs.MailClient;

/// <summary>
/// The mail client lab (Kurose and Ross, chapter 2, the SMTP assignment): the student's client delivers one message to
/// the grader's probe mail server on localhost, port 25, waiting for the greeting and for each reply. One client role,
/// graded by <see cref="MailRoleGrader"/>; its checks are <see cref="MailChecks"/>.
/// </summary>
public sealed class MailClientLab : ILab
{
    /// <summary>The lab's name.</summary>
    public const string Name = "mail-client";

    /// <summary>The port the handout's client connects to: SMTP's.</summary>
    public const int Port = 25;

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

    /// <inheritdoc />
    public LabDefinition Definition { get; } =
        new(
            Name,
            "SMTP mail client: delivers one message to a mail server, waiting for each reply",
            [Client],
            Port,
            Path.Combine("Labs", "MailClient", "mail-client.yaml"),
            MailChecks.Kinds
        );

    /// <inheritdoc />
    /// <remarks>The lab has no server role.</remarks>
    public IServerCheck? ServerCheck(Role role, string kind) => null;

    /// <summary>Whether <paramref name="role"/> is graded as a mail client: a TCP client (the lab's own role, or one an assignment file based on this lab describes).</summary>
    public static bool Plays(Role role) => role is { Kind: RoleKind.Client, Transport: Transport.Tcp };

    /// <inheritdoc />
    public IRoleGrader? RoleGrader(Role role, Assignment assignment, ISandbox sandbox) =>
        Plays(role) ? new MailRoleGrader(assignment, sandbox) : null;
}
