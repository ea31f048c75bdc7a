using Grader.Checks;
using Grader.Labs.MailClient.Judges;
using Grader.Results;
using Grader.Rubric;
using Grader.Sandboxes;

namespace Grader.Labs.MailClient;

/// <summary>
/// The mail client lab (Kurose and Ross, chapter 2, the SMTP assignment): the student's client delivers one message to
/// the grader's probe mail server on localhost, port 25, waiting for the greeting and for each reply. One client role,
/// graded by <see cref="MailClientRoleGrader"/>; its checks are <see cref="MailClientChecks"/>.
/// </summary>
public sealed class MailClientLab : ILab
{
    /// <summary>The lab's name.</summary>
    public const string Name = "mail-client";

    /// <summary>The port the handout's client connects to: SMTP's.</summary>
    public const int Port = 25;

    /// <inheritdoc />
    public LabDefinition Definition { get; } =
        new(
            Name,
            "SMTP mail client: delivers one message to a mail server, waiting for each reply",
            MailClientRoles.All,
            Port,
            Path.Combine("Labs", "MailClient", "mail-client.yaml"),
            MailClientChecks.Kinds
        );

    /// <inheritdoc />
    /// <remarks>The lab has no server role.</remarks>
    public IServerCheck? ServerCheck(Role role, string kind) => null;

    /// <inheritdoc />
    public IPayloadRedactor? CaptureRedactor { get; } = new SmtpCaptureRedactor();

    /// <inheritdoc />
    public IRoleGrader? RoleGrader(Role role, Assignment assignment, ISandbox sandbox) =>
        MailClientRoles.Plays(role) ? new MailClientRoleGrader(assignment, sandbox) : null;
}
